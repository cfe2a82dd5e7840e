-- The trail of one record, or of one kind of record, is read newest first as well; without these a filter on a
-- rare kind reads the organization's whole trail to fill a page.
create index ix_audit_trail_org_subject on audit_trail_entry (organization_id, subject_id, occurred_at desc, id desc);
create index ix_audit_trail_org_type on audit_trail_entry (organization_id, subject_type, occurred_at desc, id desc);
