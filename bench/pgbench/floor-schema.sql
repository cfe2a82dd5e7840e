-- Insert floor: a table of the same shape and indexes as the app's audit_trail_entry (the row every write adds),
-- in a database of its own so the app's schema is never touched.
drop table if exists floor_insert;
create table floor_insert (
    id              uuid primary key,
    organization_id uuid not null,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    action          varchar(100) not null,
    subject_type    varchar(100) not null,
    subject_id      varchar(100) not null,
    summary         varchar(1000) not null
);
create index ix_floor_insert_org_time on floor_insert (organization_id, occurred_at desc);
create index ix_floor_insert_subject on floor_insert (organization_id, subject_type, subject_id);
