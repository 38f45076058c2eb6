create table safety_event (
    id                        uuid primary key,
    type                      text        not null check (type in ('INCIDENT', 'NEAR_MISS', 'HAZARD', 'VIOLATION',
                                                                   'IMPROVEMENT_PROPOSAL', 'EARLY_WARNING')),
    status                    text        not null check (status in ('REPORTED', 'UNDER_REVIEW', 'CLOSED')),
    occurred_at               timestamptz not null,
    reported_at               timestamptz not null,
    site_id                   uuid        not null references site (id),
    area_id                   uuid references area (id),
    -- the organisation whose work the event concerns: its figures and its people's view
    organisation_id           uuid        not null references organisation (id),
    involved_organisation_ids uuid[]      not null default '{}',
    description               text        not null,
    reporter_id               uuid,
    reporter_organisation_id  uuid        not null references organisation (id),
    sif_potential             boolean     not null default false,
    deliberate                boolean     not null default false,
    violator_person_id        uuid references person (id),
    review_note               text,
    voided_at                 timestamptz,
    voided_by                 uuid,
    voided_reason             text,
    version                   bigint      not null
);
create index safety_event_by_site on safety_event (site_id, occurred_at);
create index safety_event_by_organisation on safety_event (organisation_id, occurred_at);
create index safety_event_by_reporter on safety_event (reporter_id, reported_at);
create index safety_event_involving on safety_event using gin (involved_organisation_ids);

create table injury (
    safety_event    uuid    not null references safety_event (id),
    safety_event_key integer not null,
    person_id       uuid references person (id),
    person_name     text    not null,
    organisation_id uuid    not null references organisation (id),
    injury_class    text    not null check (injury_class in ('FATALITY', 'LOST_TIME', 'RESTRICTED_WORK',
                                                             'MEDICAL_TREATMENT', 'FIRST_AID')),
    body_part       text,
    nature          text,
    days_away       integer not null default 0 check (days_away between 0 and 180),
    days_restricted integer not null default 0 check (days_restricted between 0 and 180),
    primary key (safety_event, safety_event_key)
);
create index injury_by_organisation on injury (organisation_id);

create table event_photo (
    id           uuid primary key,
    event_id     uuid        not null references safety_event (id),
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    added_at     timestamptz not null,
    added_by     uuid
);
create index event_photo_by_event on event_photo (event_id);
