create table user_account (
    id                  uuid primary key,
    username            text        not null,
    password_hash       text        not null,
    person_id           uuid        not null unique references person (id),
    enabled             boolean     not null,
    failed_logins       integer     not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz not null,
    version             bigint      not null
);
create unique index user_account_username on user_account (lower(username));

create table user_role (
    user_account uuid not null references user_account (id) on delete cascade,
    role         text not null check (role in ('WORKER', 'CONTRACTOR_SUPERVISOR', 'LINE_MANAGER', 'HSE_SPECIALIST', 'DIRECTOR', 'ADMIN')),
    primary key (user_account, role)
);

create table api_token (
    id           uuid primary key,
    user_account uuid        not null references user_account (id),
    name         text        not null,
    token_hash   text        not null unique,
    prefix       text        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_by_user on api_token (user_account);
