-- Catalogs an organization imported (OSCAL catalogs and resolved profiles). The built-in ISO/IEC 27001:2022
-- catalog is not stored: it is read from catalog/iso27001-2022.json and shared by every organization.
create table framework_catalog (
    id              uuid primary key,
    organization_id uuid not null,
    catalog_key     varchar(80) not null,
    title           varchar(500) not null,
    version         varchar(100),
    origin          varchar(20) not null,
    source_name     varchar(300),
    oscal_uuid      varchar(40),
    control_count   integer not null,
    imported_at     timestamp with time zone not null,
    imported_by     uuid,
    constraint uk_catalog_key unique (organization_id, catalog_key)
);

create table catalog_control (
    id              uuid primary key,
    organization_id uuid not null,
    catalog_id      uuid not null references framework_catalog (id) on delete cascade,
    control_id      varchar(120) not null,
    label           varchar(120) not null,
    title           varchar(500) not null,
    kind            varchar(20) not null,
    parent_id       varchar(120),
    group_id        varchar(120),
    group_title     varchar(300),
    depth           integer not null,
    sort_order      integer not null,
    statement       varchar(4000),
    properties      varchar(2000),
    search_text     varchar(800) not null,
    constraint uk_catalog_control unique (catalog_id, control_id)
);

create index ix_catalog_control_position on catalog_control (catalog_id, sort_order);

-- An imported catalog import, which runs in the background and is polled.
create table catalog_import (
    id              uuid primary key,
    organization_id uuid not null,
    file_name       varchar(300) not null,
    status          varchar(20) not null,
    progress        varchar(300),
    catalog_id      uuid,
    error           varchar(2000),
    started_by      uuid,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone
);

-- Mappings between controls of two catalogs; catalogs are named by id (UUID or the built-in key).
create table control_mapping (
    id              uuid primary key,
    organization_id uuid not null,
    source_catalog  varchar(60) not null,
    source_control  varchar(120) not null,
    target_catalog  varchar(60) not null,
    target_control  varchar(120) not null,
    relationship    varchar(20) not null,
    source_name     varchar(300),
    constraint uk_control_mapping unique (organization_id, source_catalog, source_control, target_catalog,
        target_control)
);

create index ix_control_mapping_source on control_mapping (organization_id, source_catalog, source_control);
create index ix_control_mapping_target on control_mapping (organization_id, target_catalog, target_control);
