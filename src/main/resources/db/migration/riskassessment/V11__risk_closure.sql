-- A risk can be closed (retired) and reopened (ISO/IEC 27001 6.1.2, 8.2). Defaults keep existing inserts valid.
alter table risk add column closed boolean default false not null;
alter table risk add column closed_at timestamp with time zone;
alter table risk add column closed_by uuid;
alter table risk add column closure_reason varchar(2000);
create index ix_risk_closed on risk (organization_id, closed, priority_level desc, id);

-- The risk's lifecycle history: every closure and reopening with its reason, never changed.
create table risk_lifecycle_entry (
    id              uuid primary key,
    organization_id uuid not null,
    risk_id         uuid not null references risk (id),
    action          varchar(20) not null,
    reason          varchar(2000) not null,
    acted_by        uuid,
    acted_at        timestamp with time zone not null
);
create index ix_risk_lifecycle_risk on risk_lifecycle_entry (organization_id, risk_id, acted_at desc);
