-- Contractors' prequalification. A document policy is a contractor type ("electrical works", "scaffolding") with the
-- documents it requires: how long before expiry to warn, how many days of validity must be left when work starts, and
-- whether a requirement added later applies to contracts already running.
create table contractor_policy (
    id            uuid primary key,
    name          text   not null,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null
);
create unique index contractor_policy_name on contractor_policy (lower(name)) where voided_at is null;

create table contractor_policy_document (
    contractor_policy     uuid    not null references contractor_policy (id),
    contractor_policy_key integer not null,
    code                  text    not null,
    name                  text    not null,
    warn_days             integer not null check (warn_days between 0 and 365),
    min_validity_days     integer not null check (min_validity_days between 0 and 3650),
    applies_to_running    boolean not null,
    -- the day it became required: a contract running since before it is bound only when it applies to running ones
    required_since        date    not null,
    primary key (contractor_policy, contractor_policy_key)
);

-- A contractor's prequalification: its type (policy) and its safety questionnaire, which the safety department
-- approves or returns with comments. Its id is the contractor organisation's.
create table contractor_prequalification (
    id                   uuid primary key references organisation (id),
    policy_id            uuid references contractor_policy (id),
    questionnaire_status text   not null check (questionnaire_status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    review_comment       text,
    review_by            uuid,
    review_at            timestamptz,
    version              bigint not null
);

-- The questionnaire's years: hours worked and injuries by class, as the contractor declares them.
create table contractor_safety_year (
    contractor_prequalification     uuid    not null references contractor_prequalification (id),
    contractor_prequalification_key integer not null,
    year                            integer not null,
    hours                           numeric(14, 1) not null check (hours >= 0),
    fatalities                      integer not null check (fatalities >= 0),
    lost_time                       integer not null check (lost_time >= 0),
    restricted_work                 integer not null check (restricted_work >= 0),
    medical_treatment               integer not null check (medical_treatment >= 0),
    primary key (contractor_prequalification, contractor_prequalification_key)
);

-- A document a contractor holds (a licence, an insurance certificate), valid until a day; it counts once the safety
-- department approves it.
create table contractor_document (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    code            text        not null,
    title           text        not null,
    number          text,
    valid_until     date        not null,
    status          text        not null check (status in ('SUBMITTED', 'APPROVED', 'RETURNED')),
    review_comment  text,
    review_by       uuid,
    review_at       timestamptz,
    created_at      timestamptz not null,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint      not null
);
create index contractor_document_by_organisation on contractor_document (organisation_id, code) where voided_at is null;

-- The scans of a document, checked by their content.
create table contractor_document_file (
    id           uuid primary key,
    document_id  uuid        not null references contractor_document (id),
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    added_at     timestamptz not null,
    added_by     uuid
);
create index contractor_document_file_by_document on contractor_document_file (document_id);

-- Reminders of expiring and expired documents, each told once (claimed by its insert).
create table contractor_document_reminder (
    document_id uuid        not null references contractor_document (id),
    kind        text        not null check (kind in ('EXPIRING', 'EXPIRED')),
    sent_at     timestamptz not null,
    primary key (document_id, kind)
);
