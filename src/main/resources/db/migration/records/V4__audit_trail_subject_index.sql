-- The trail of one record (a risk's page links to it) is read newest first as well.
create index ix_audit_trail_org_subject on audit_trail_entry (organization_id, subject_id, occurred_at desc, id desc);
