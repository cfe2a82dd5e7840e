-- The trail is read newest first with the id as tie-breaker; one index serves that order exactly.
drop index ix_audit_trail_org_time;
create index ix_audit_trail_org_time_id on audit_trail_entry (organization_id, occurred_at desc, id desc);
