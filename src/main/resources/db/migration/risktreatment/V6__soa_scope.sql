-- The scope of the ISMS (ISO/IEC 27001:2022 4.3) that the Statement of Applicability applies to: one statement per
-- organization, kept up to date by the ISMS manager. Each version freezes the statement with its rows (in
-- soa_version.content), so a later edit does not change what was submitted or approved.
create table soa_scope (
    id              uuid primary key,
    organization_id uuid not null,
    statement       varchar(4000) not null,
    updated_by      uuid not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint uk_soa_scope unique (organization_id)
);
