create table organization (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint uk_organization_name unique (name)
);

create table user_account (
    id                   uuid primary key,
    username             varchar(200) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(200) not null,
    platform_admin       boolean not null,
    enabled              boolean not null,
    failed_logins        integer not null,
    locked_until         timestamp with time zone,
    last_organization_id uuid,
    created_at           timestamp with time zone not null,
    constraint uk_user_account_username unique (username)
);

create table membership (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references user_account (id),
    roles           varchar(300) not null,
    created_at      timestamp with time zone not null,
    constraint uk_membership unique (organization_id, user_id)
);
create index ix_membership_user on membership (user_id);

create table api_token (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references user_account (id),
    name            varchar(100) not null,
    token_hash      varchar(64) not null,
    token_hint      varchar(16) not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    revoked_at      timestamp with time zone,
    last_used_at    timestamp with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (organization_id, user_id);
