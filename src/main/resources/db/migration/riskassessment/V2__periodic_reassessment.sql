-- Periodic reassessment (ISO/IEC 27001 8.2, "at planned intervals") counts from a risk's last actual assessment:
-- the last rating a person recorded (or imported), or the identification while it is unrated. Re-mapping after a
-- change of criteria is no assessment, so its history entries are left out when filling the column for old rows.
alter table risk add column last_assessed_at timestamp with time zone;
update risk set last_assessed_at = coalesce(
    (select max(h.rated_at) from risk_rating h where h.risk_id = risk.id and h.reason not like 'Re-mapped%'),
    identified_at);
alter table risk alter column last_assessed_at set not null;
create index ix_risk_last_assessed on risk (organization_id, reassessment_due, last_assessed_at);
