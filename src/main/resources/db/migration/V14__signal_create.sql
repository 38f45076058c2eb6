-- Control-system signals: the tags of each equipment, their per-minute aggregates, and the early warnings that
-- detectors raise (a safety event of type EARLY_WARNING, with the raw window of signals around it).

-- An early warning names the equipment it concerns, the signals that contributed (a JSON array) and, once
-- acknowledged as a false alarm, that outcome (kept for tuning the detectors).
alter table safety_event
    add column equipment_id uuid references equipment (id),
    add column signals      jsonb,
    add column outcome      text check (outcome in ('FALSE_ALARM'));
create index safety_event_by_equipment on safety_event (equipment_id, occurred_at) where equipment_id is not null;

-- A measured quantity of one equipment. The plant-wide key is what the control system calls it (MQTT payloads
-- and CSV headers use it); the name is unique per equipment.
create table signal_tag (
    id            uuid primary key,
    equipment_id  uuid   not null references equipment (id),
    tag_key       text   not null,
    name          text   not null,
    unit          text   not null,
    expected_min  double precision,
    expected_max  double precision,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null,
    check (expected_min is null or expected_max is null or expected_min < expected_max)
);
create unique index signal_tag_key on signal_tag (lower(tag_key)) where voided_at is null;
create unique index signal_tag_name on signal_tag (equipment_id, lower(name)) where voided_at is null;

-- One row per tag and minute (of the samples' own time): written in batches, never one insert per sample.
create table signal_minute (
    tag_id     uuid             not null references signal_tag (id),
    minute     timestamptz      not null,
    samples    integer          not null,
    min_value  double precision not null,
    max_value  double precision not null,
    sum_value  double precision not null,
    last_value double precision not null,
    last_at    timestamptz      not null,
    primary key (tag_id, minute)
);

-- The detector's side of an early warning: when the episode began, how far from normal it was, and the raw
-- samples of the equipment's tags around it (before the warning at once, the rest once it has passed).
create table signal_warning (
    event_id        uuid primary key references safety_event (id),
    equipment_id    uuid             not null references equipment (id),
    fired_at        timestamptz      not null,
    score           double precision not null,
    learned_from    timestamptz,
    signal_window   jsonb            not null,
    window_complete boolean          not null default false,
    recorded_at     timestamptz      not null default clock_timestamp()
);
create index signal_warning_by_equipment on signal_warning (equipment_id, fired_at);
