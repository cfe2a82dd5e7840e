create table process_tailoring (
    id              uuid primary key,
    organization_id uuid not null,
    process_key     varchar(60) not null,
    applicable      boolean not null,
    justification   varchar(2000),
    owner_id        uuid,
    deputy_ids      varchar(400),
    target_level    integer not null,
    notes           varchar(4000),
    effective_since timestamp with time zone,
    approved_by     uuid,
    change_id       uuid,
    version         bigint not null,
    constraint uk_process_tailoring unique (organization_id, process_key),
    constraint ck_process_tailoring_level check (target_level between 0 and 5)
);

create table tailoring_change (
    id                   uuid primary key,
    organization_id      uuid not null,
    process_key          varchar(60) not null,
    status               varchar(20) not null,
    applicable           boolean not null,
    justification        varchar(2000),
    owner_id             uuid,
    deputy_ids           varchar(400),
    target_level         integer not null,
    notes                varchar(4000),
    reason               varchar(2000),
    proposed_by          uuid not null,
    proposed_at          timestamp with time zone not null,
    decided_by           uuid,
    decided_at           timestamp with time zone,
    decision_comment     varchar(2000),
    workflow_instance_id varchar(64),
    constraint ck_tailoring_change_level check (target_level between 0 and 5)
);
create index ix_tailoring_change_process on tailoring_change (organization_id, process_key, proposed_at desc);
create index ix_tailoring_change_status on tailoring_change (organization_id, status, proposed_at desc);
