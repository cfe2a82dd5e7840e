create table applied_control (
    id                       uuid primary key,
    organization_id          uuid not null,
    catalog_id               varchar(64) not null,
    control_id               varchar(200) not null,
    control_label            varchar(200) not null,
    control_title            varchar(1000),
    status                   varchar(20) not null,
    justification            varchar(4000),
    owner_id                 uuid,
    due_date                 date,
    notes                    varchar(4000),
    implemented_on           date,
    last_verified_on         date,
    last_verified_by         uuid,
    last_verification_result varchar(20),
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint not null,
    constraint uk_applied_control unique (organization_id, catalog_id, control_id),
    constraint ck_applied_control_na check (status <> 'NOT_APPLICABLE' or justification is not null)
);
create index ix_applied_control_label on applied_control (organization_id, catalog_id, control_label);
create index ix_applied_control_status on applied_control (organization_id, status, due_date);
create index ix_applied_control_owner on applied_control (organization_id, owner_id);
create index ix_applied_control_verified on applied_control (organization_id, last_verified_on);
create index ix_applied_control_updated on applied_control (organization_id, updated_at);

create table applied_control_evidence (
    id                 uuid primary key,
    organization_id    uuid not null,
    applied_control_id uuid not null references applied_control (id),
    url                varchar(2000) not null,
    description        varchar(1000),
    added_by           uuid,
    added_at           timestamp with time zone not null
);
create index ix_applied_control_evidence on applied_control_evidence (organization_id, applied_control_id, added_at);

create table control_verification (
    id                 uuid primary key,
    organization_id    uuid not null,
    applied_control_id uuid not null references applied_control (id),
    verified_on        date not null,
    verified_by        uuid,
    outcome            varchar(20) not null,
    notes              varchar(4000),
    recorded_at        timestamp with time zone not null
);
create index ix_control_verification on control_verification (organization_id, applied_control_id, verified_on);
