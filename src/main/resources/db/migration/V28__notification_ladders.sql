-- Escalation ladders as data: per kind, ordered steps "if not acknowledged after D, notify R", repeated or not.
create table escalation_ladder (
    id                   uuid primary key,
    kind                 text    not null unique,
    -- after the last step, its role is told again every so often until the escalation stops; null: once
    repeat_every_minutes integer check (repeat_every_minutes >= 5),
    version              bigint  not null
);

create table escalation_step (
    escalation_ladder     uuid    not null references escalation_ladder (id),
    escalation_ladder_key integer not null,
    after_minutes         integer not null check (after_minutes >= 0),
    role                  text    not null check (role in ('OWNER', 'AREA_MANAGER', 'SITE_HSE', 'SITE_DIRECTOR',
                                                           'CONTRACTOR_SUPERVISOR', 'MANAGING_DIRECTOR')),
    primary key (escalation_ladder, escalation_ladder_key)
);

-- One ladder climbed for one record: from the first notification of its kind about the record until someone
-- acknowledges one of them or the record is settled.
create table escalation (
    id                   uuid primary key,
    kind                 text        not null,
    record_type          text        not null,
    record_id            uuid        not null,
    record_path          text        not null,
    arguments            text[]      not null,
    repeat_every_minutes integer,
    started_at           timestamptz not null,
    stopped_at           timestamptz,
    stopped_because      text check (stopped_because in ('ACKNOWLEDGED', 'SETTLED')),
    stopped_by           uuid references person (id)
);
create unique index escalation_running on escalation (kind, record_id) where stopped_at is null;

-- Each step of an escalation, claimed once when it fires (whichever node runs it), with how many it told.
create table escalation_step_fired (
    escalation_id uuid        not null references escalation (id),
    step          integer     not null,
    round         integer     not null,
    fired_at      timestamptz not null,
    notified      integer     not null,
    primary key (escalation_id, step, round)
);

-- The notifications a ladder made: they belong to their escalation and start none of their own.
create table escalation_notification (
    notification_id uuid primary key,
    escalation_id   uuid not null references escalation (id)
);

-- The default: an overdue action goes to its owner at once, to the owner's area manager after three days, to the
-- site's safety department after seven and to the site director after fourteen.
insert into escalation_ladder (id, kind, repeat_every_minutes, version)
values ('e5ca0000-0000-0000-0000-000000000001', 'action.overdue', null, 0);
insert into escalation_step (escalation_ladder, escalation_ladder_key, after_minutes, role)
values ('e5ca0000-0000-0000-0000-000000000001', 0, 0, 'OWNER'),
       ('e5ca0000-0000-0000-0000-000000000001', 1, 4320, 'AREA_MANAGER'),
       ('e5ca0000-0000-0000-0000-000000000001', 2, 10080, 'SITE_HSE'),
       ('e5ca0000-0000-0000-0000-000000000001', 3, 20160, 'SITE_DIRECTOR');
