-- Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d): the explicit applicability decision per control, and the
-- frozen, numbered versions submitted for approval. A version keeps its rows as JSON so that it reads exactly as it
-- was approved, whatever changes afterwards.
create table soa_decision (
    id              uuid primary key,
    organization_id uuid not null,
    catalog_id      varchar(64) not null,
    control_id      varchar(100) not null,
    applicable      boolean not null,
    justification   varchar(4000),
    decided_by      uuid not null,
    decided_at      timestamp with time zone not null,
    version         bigint not null,
    constraint uk_soa_decision unique (organization_id, catalog_id, control_id)
);

create table soa_version (
    id                   uuid primary key,
    organization_id      uuid not null,
    catalog_id           varchar(64) not null,
    number               integer not null,
    status               varchar(20) not null,
    content              varchar(10000000) not null,
    counts               varchar(100) not null,
    created_by           uuid not null,
    created_at           timestamp with time zone not null,
    decided_by           uuid,
    decided_at           timestamp with time zone,
    decision_comment     varchar(2000),
    approval_instance_id varchar(64),
    version              bigint not null,
    constraint uk_soa_version unique (organization_id, catalog_id, number)
);
create index ix_soa_version_status on soa_version (organization_id, catalog_id, status, number);
