-- A risk can be closed (retired) and reopened (ISO/IEC 27001 6.1.2, 8.2). Defaults keep existing inserts valid.
alter table risk add column closed boolean default false not null;
alter table risk add column closed_at timestamp with time zone;
alter table risk add column closed_by uuid;
alter table risk add column closure_reason varchar(2000);
create index risk_org_closed_priority on risk (organization_id, closed, priority_level desc, id);
