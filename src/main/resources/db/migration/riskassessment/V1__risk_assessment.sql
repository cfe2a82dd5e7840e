create table asset (
    id                    uuid primary key,
    organization_id       uuid not null,
    name                  varchar(200) not null,
    type                  varchar(30) not null,
    description           varchar(4000),
    owner_id              uuid,
    classification        varchar(60),
    confidentiality       integer not null,
    integrity             integer not null,
    availability          integer not null,
    authenticity          integer not null,
    eff_confidentiality   integer not null,
    eff_integrity         integer not null,
    eff_availability      integer not null,
    eff_authenticity      integer not null,
    confidentiality_source uuid,
    integrity_source      uuid,
    availability_source   uuid,
    authenticity_source   uuid,
    protection_level      integer not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null,
    constraint ck_asset_needs check (confidentiality between 1 and 4 and integrity between 1 and 4
        and availability between 1 and 4 and authenticity between 1 and 4)
);
create index ix_asset_name on asset (organization_id, name);
create index ix_asset_type on asset (organization_id, type, name);
create index ix_asset_owner on asset (organization_id, owner_id, name);
create index ix_asset_protection on asset (organization_id, protection_level, name);
create index ix_asset_classification on asset (organization_id, classification, name);
create index ix_asset_updated on asset (organization_id, updated_at);

-- "supporting_id supports supported_id": protection needs flow from the supported asset to the supporting one.
create table asset_dependency (
    id              uuid primary key,
    organization_id uuid not null,
    supporting_id   uuid not null references asset (id),
    supported_id    uuid not null references asset (id),
    constraint uk_asset_dependency unique (organization_id, supporting_id, supported_id)
);
create index ix_asset_dependency_supported on asset_dependency (organization_id, supported_id);

create table risk_criteria (
    id                     uuid primary key,
    organization_id        uuid not null,
    likelihood_scale       varchar(8000) not null,
    consequence_scale      varchar(8000) not null,
    risk_levels            varchar(8000) not null,
    consequence_categories varchar(4000) not null,
    matrix                 varchar(2000) not null,
    acceptance_threshold   integer not null,
    changed_at             timestamp with time zone not null,
    changed_by             uuid,
    version                bigint not null,
    constraint uk_risk_criteria unique (organization_id)
);

create table risk (
    id                    uuid primary key,
    organization_id       uuid not null,
    title                 varchar(300) not null,
    kind                  varchar(20) not null,
    description           varchar(4000),
    asset_id              uuid references asset (id),
    threat_key            varchar(60),
    vulnerability_key     varchar(60),
    scenario              varchar(4000),
    consequence_category  varchar(100),
    owner_id              uuid,
    inherent_likelihood   integer,
    inherent_consequence  integer,
    inherent_level        integer not null,
    current_likelihood    integer,
    current_consequence   integer,
    current_level         integer not null,
    residual_likelihood   integer,
    residual_consequence  integer,
    residual_level        integer not null,
    priority_level        integer not null,
    reassessment_due      boolean not null,
    reassessment_reason   varchar(1000),
    identified_by         uuid,
    identified_at         timestamp with time zone not null,
    version               bigint not null
);
create index ix_risk_priority on risk (organization_id, priority_level desc, title);
create index ix_risk_title on risk (organization_id, title);
create index ix_risk_kind on risk (organization_id, kind, priority_level);
create index ix_risk_owner on risk (organization_id, owner_id, priority_level);
create index ix_risk_asset on risk (organization_id, asset_id, priority_level);
create index ix_risk_due on risk (organization_id, reassessment_due, priority_level);
create index ix_risk_identified on risk (organization_id, identified_at);
create index ix_risk_current_cell on risk (organization_id, current_likelihood, current_consequence);

create table risk_rating (
    id              uuid primary key,
    organization_id uuid not null,
    risk_id         uuid not null references risk (id),
    kind            varchar(20) not null,
    likelihood      integer not null,
    consequence     integer not null,
    rating_level    integer not null,
    reason          varchar(2000) not null,
    rated_by        uuid,
    rated_at        timestamp with time zone not null
);
create index ix_risk_rating_risk on risk_rating (organization_id, risk_id, rated_at desc);
