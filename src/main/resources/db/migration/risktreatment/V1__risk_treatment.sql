create table risk_treatment (
    id                   uuid primary key,
    organization_id      uuid not null,
    risk_id              uuid not null,
    treatment_option     varchar(20),
    rationale            varchar(4000),
    controls             varchar(20000),
    updated_by           uuid,
    updated_at           timestamp with time zone,
    approved_by          uuid,
    approved_at          timestamp with time zone,
    approval_instance_id varchar(64),
    version              bigint not null,
    constraint uk_risk_treatment unique (organization_id, risk_id)
);

create table treatment_plan_item (
    id              uuid primary key,
    organization_id uuid not null,
    risk_id         uuid not null,
    title           varchar(300) not null,
    owner_id        uuid,
    due_date        date,
    cost            numeric(15, 2),
    effort          varchar(100),
    status          varchar(20) not null,
    version         bigint not null
);
create index ix_treatment_plan_item_risk on treatment_plan_item (organization_id, risk_id);
create index ix_treatment_plan_item_status on treatment_plan_item (organization_id, status, due_date);

create table risk_acceptance (
    id                   uuid primary key,
    organization_id      uuid not null,
    risk_id              uuid not null,
    status               varchar(20) not null,
    requested_by         uuid,
    requested_at         timestamp with time zone not null,
    decided_by           uuid,
    decided_at           timestamp with time zone,
    decision_comment     varchar(2000),
    expires_at           timestamp with time zone,
    workflow_instance_id varchar(64),
    version              bigint not null
);
create index ix_risk_acceptance_risk on risk_acceptance (organization_id, risk_id, requested_at desc);
