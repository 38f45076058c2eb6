-- Meetings with contractors. Each engagement may have a rotation pattern (its id is the engagement's): blocks of days
-- such as 15/15 repeated from the day of a first crew change, at one time of day on the site's clock. A working
-- meeting is held at least once a rotation: its attendees of both sides, its agenda (built from the other modules'
-- records when it is opened), each item discussed or carried over, and decisions raised as corrective actions. The
-- engagement is the contractor module's: it is named by id, as the action module names its sources.
create table meeting_rotation_pattern (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    site_id         uuid        not null references site (id),
    blocks          text        not null,
    starts_on       date        not null,
    changes_at      text        not null,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint      not null
);
create index meeting_rotation_pattern_by_organisation on meeting_rotation_pattern (organisation_id)
    where voided_at is null;

create table meeting_record (
    id              uuid primary key,
    kind            text        not null check (kind in ('ROTATION', 'COMMITTEE')),
    engagement_id   uuid,
    organisation_id uuid references organisation (id),
    site_id         uuid        not null references site (id),
    held_at         timestamptz not null,
    place           text,
    status          text        not null check (status in ('OPEN', 'HELD')),
    closed_at       timestamptz,
    created_at      timestamptz not null,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint      not null,
    check (kind <> 'ROTATION' or (engagement_id is not null and organisation_id is not null))
);
create index meeting_record_by_engagement on meeting_record (engagement_id, held_at) where voided_at is null;
create index meeting_record_by_organisation on meeting_record (organisation_id, held_at) where voided_at is null;

create table meeting_attendee (
    meeting_record     uuid    not null references meeting_record (id),
    meeting_record_key integer not null,
    person_id          uuid    not null references person (id),
    organisation_id    uuid    not null references organisation (id),
    present            boolean not null,
    primary key (meeting_record, meeting_record_key)
);

create table meeting_item (
    meeting_record     uuid    not null references meeting_record (id),
    meeting_record_key integer not null,
    item_id            uuid    not null,
    source             text    not null,
    record_id          uuid,
    title              text    not null,
    outcome            text check (outcome in ('DISCUSSED', 'CARRIED_OVER')),
    note               text,
    carried_from       uuid,
    primary key (meeting_record, meeting_record_key)
);

create table meeting_decision (
    meeting_record              uuid    not null references meeting_record (id),
    meeting_record_key          integer not null,
    decision_id                 uuid    not null,
    text                        text    not null,
    owner_person_id             uuid    not null references person (id),
    responsible_organisation_id uuid    not null references organisation (id),
    due_date                    date    not null,
    action_id                   uuid    not null,
    primary key (meeting_record, meeting_record_key)
);

-- A rotation that ended without a meeting held, told to the mentor once: the claim only one node's insert wins.
create table meeting_missed_rotation (
    engagement_id uuid        not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    flagged_at    timestamptz not null,
    primary key (engagement_id, starts_at)
);
