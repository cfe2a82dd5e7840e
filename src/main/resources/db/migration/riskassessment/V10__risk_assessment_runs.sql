-- Lineage (R1 item 8): every risk names the risk assessment run that identified it, every rating-history entry the
-- run that wrote it. No foreign keys from risk and risk_rating: an import's COPY would check one per row.
create table risk_assessment_run (
    id                  uuid primary key,
    organization_id     uuid not null,
    kind                varchar(40) not null,
    file_name           varchar(300),
    imported_count      integer,
    rejected_count      integer,
    process_instance_id varchar(64),
    trigger_description varchar(1000),
    started_by          uuid,
    started_at          timestamp with time zone not null
);
create index ix_risk_assessment_run_started on risk_assessment_run (organization_id, started_at);

alter table risk add column identified_in_run uuid;
alter table risk_rating add column run_id uuid;

-- What was recorded before runs were: one run per organization that says so. Its id is the organization's id, which
-- is unique and lets both updates below go without a join (the same SQL on H2 and PostgreSQL).
insert into risk_assessment_run (id, organization_id, kind, started_at)
select organization_id, organization_id, 'RECORDED_BEFORE_LINEAGE', min(recorded_at)
from (select organization_id, identified_at as recorded_at from risk
      union all select organization_id, rated_at from risk_rating) recorded
group by organization_id;
update risk set identified_in_run = organization_id;
update risk_rating set run_id = organization_id;

create index ix_risk_identified_in_run on risk (identified_in_run, id);
create index ix_risk_rating_run on risk_rating (run_id, id);
