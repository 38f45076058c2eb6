-- Investigations of incidents, near misses, early warnings and machine stops to their root causes. An investigation
-- waits in the queue (QUEUED) when a trigger asked for it, is OPEN once its leader and team are named, and is CLOSED
-- or, when only suggested, DECLINED with a reason. The records it investigates belong to other modules and are
-- named here by their ids only.
create table investigation (
    id                  uuid primary key,
    title               text        not null,
    site_id             uuid        not null references site (id),
    area_id             uuid references area (id),
    -- for a machine's stops: the machine and the reason it stopped for, what "did it work?" counts by
    equipment_id        uuid references equipment (id),
    downtime_reason     text,
    -- the contractor whose work is involved: its people may be members
    contractor_id       uuid references organisation (id),
    status              text        not null check (status in ('QUEUED', 'OPEN', 'CLOSED', 'DECLINED')),
    required            boolean     not null,
    trigger_code        text,
    leader_person_id    uuid references person (id),
    member_person_ids   uuid[]      not null default '{}',
    due_date            date        not null,
    queued_at           timestamptz not null,
    opened_at           timestamptz,
    declined_reason     text,
    -- claimed by the overdue round (outside the history, as an action's reminders are)
    overdue_noticed_at  timestamptz,
    voided_at           timestamptz,
    voided_by           uuid,
    voided_reason       text,
    version             bigint      not null
);
create index investigation_waiting on investigation (status, due_date) where voided_at is null;
create index investigation_members on investigation using gin (member_person_ids);
create index investigation_machine on investigation (equipment_id, downtime_reason) where equipment_id is not null;

-- What is investigated: a safety event (incident, near miss, early warning) or a machine's stop, by its id.
create table investigation_record (
    investigation     uuid not null references investigation (id),
    investigation_key integer not null,
    -- EVENT, or a machine's stop as the equipment module keeps it
    kind              text not null,
    record_id         uuid not null,
    primary key (investigation, investigation_key)
);
create index investigation_record_by_id on investigation_record (record_id);

-- The facts of its timeline: when, what, and where it is known from.
create table investigation_fact (
    investigation     uuid        not null references investigation (id),
    investigation_key integer     not null,
    id                uuid        not null unique,
    happened_at       timestamptz not null,
    what              text        not null,
    source            text,
    primary key (investigation, investigation_key)
);

-- A fact's evidence: photos and documents, checked by their content.
create table investigation_evidence (
    id           uuid primary key,
    -- the fact's id, kept as its aggregate rewrites its facts on every change
    fact_id      uuid        not null,
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    added_at     timestamptz not null,
    added_by     uuid
);
create index investigation_evidence_fact on investigation_evidence (fact_id);

-- When an investigation is required or suggested, kept as data the safety department edits: required for a
-- fatality, a lost-time case and an event with SIF potential; suggested for a machine stopped longer than a number
-- of hours, or stopped for the same reason a number of times within a number of days.
create table investigation_trigger (
    id           uuid primary key,
    code         text    not null unique check (code in ('FATALITY', 'LOST_TIME', 'SIF_POTENTIAL', 'LONG_DOWNTIME',
                                                         'REPEATED_DOWNTIME')),
    in_force     boolean not null,
    required     boolean not null,
    hours        integer,
    repeats      integer,
    within_days  integer,
    due_days     integer not null,
    version      bigint  not null
);
insert into investigation_trigger (id, code, in_force, required, hours, repeats, within_days, due_days, version)
values ('1a7e0000-0000-0000-0000-000000000001', 'FATALITY', true, true, null, null, null, 30, 0),
       ('1a7e0000-0000-0000-0000-000000000002', 'LOST_TIME', true, true, null, null, null, 30, 0),
       ('1a7e0000-0000-0000-0000-000000000003', 'SIF_POTENTIAL', true, true, null, null, null, 30, 0),
       ('1a7e0000-0000-0000-0000-000000000004', 'LONG_DOWNTIME', true, false, 8, null, null, 14, 0),
       ('1a7e0000-0000-0000-0000-000000000005', 'REPEATED_DOWNTIME', true, false, null, 3, 90, 14, 0);
