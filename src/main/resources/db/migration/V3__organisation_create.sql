create table enterprise (
    id                  uuid primary key,
    name                text    not null,
    time_zone           text    not null,
    frequency_rate_base integer not null check (frequency_rate_base in (200000, 1000000)),
    version             bigint  not null
);

create table site (
    id            uuid primary key,
    code          text   not null,
    name          text   not null,
    time_zone     text   not null,
    address       text,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null
);

-- codes are unique whatever their case: UMW and umw are the same site
create unique index site_code on site (lower(code));

create table organisation (
    id            uuid primary key,
    name          text   not null,
    kind          text   not null check (kind in ('OWNER', 'CONTRACTOR')),
    status        text   not null check (status in ('PROSPECTIVE', 'ONBOARDING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED')),
    tax_number    text,
    contact_email text,
    contact_phone text,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null
);
-- exactly one owner company
create unique index organisation_single_owner on organisation (kind) where kind = 'OWNER';

create table person (
    id              uuid primary key,
    organisation_id uuid   not null references organisation (id),
    full_name       text   not null,
    position        text,
    site_id         uuid references site (id),
    email           text,
    phone           text,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint not null
);
create index person_by_organisation on person (organisation_id, full_name);

create table area (
    id            uuid primary key,
    site_id       uuid   not null references site (id),
    code          text   not null,
    name          text   not null,
    owner_id      uuid references person (id),
    description   text,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null
);
create unique index area_code on area (site_id, lower(code));

-- the single enterprise row; an administrator names it on first use
insert into enterprise (id, name, time_zone, frequency_rate_base, version)
values ('00000000-0000-0000-0000-000000000001', 'Enterprise', 'UTC', 1000000, 0);
