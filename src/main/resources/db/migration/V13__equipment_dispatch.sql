-- Dispatch data: the states a machine was in, as recorded changes (RUNNING, IDLE, DOWN with a reason), and the
-- downtimes derived from them. Changes are facts: never edited, only voided with a reason.
create table equipment_state_change (
    id               uuid primary key,
    equipment_id     uuid        not null references equipment (id),
    at               timestamptz not null,
    state            text        not null check (state in ('RUNNING', 'IDLE', 'DOWN')),
    reason           text,
    note             text,
    source           text        not null check (source in ('FORM', 'API', 'FILE', 'SIGNAL')),
    recorded_at      timestamptz not null,
    recorded_by      uuid,
    recorded_by_name text        not null,
    voided_at        timestamptz,
    voided_by        uuid,
    voided_reason    text,
    check (state <> 'DOWN' or reason is not null),
    check (state <> 'RUNNING' or reason is null)
);
-- one current change per machine and moment: the same change sent again is found here, another one conflicts
create unique index equipment_state_change_moment on equipment_state_change (equipment_id, at) where voided_at is null;

-- A downtime runs from a DOWN change to the next change that is not DOWN for the same reason (open while none).
-- Its id is the id of the change that opened it, so it stays the same however often it is derived again; a
-- downtime that a correction takes away is kept, withdrawn, for whatever refers to it.
create table downtime (
    id           uuid primary key,
    equipment_id uuid        not null references equipment (id),
    started_at   timestamptz not null,
    ended_at     timestamptz,
    reason       text        not null,
    planned      boolean     not null,
    note         text,
    withdrawn_at timestamptz,
    check (ended_at is null or ended_at > started_at)
);
create index downtime_by_equipment on downtime (equipment_id, started_at);
create index downtime_by_start on downtime (started_at) where withdrawn_at is null;
