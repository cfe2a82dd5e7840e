create table audit_trail_entry (
    id              uuid primary key,
    organization_id uuid not null,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    action          varchar(100) not null,
    subject_type    varchar(100) not null,
    subject_id      varchar(100) not null,
    summary         varchar(1000) not null
);
create index ix_audit_trail_org_time on audit_trail_entry (organization_id, occurred_at desc);
create index ix_audit_trail_subject on audit_trail_entry (organization_id, subject_type, subject_id);
