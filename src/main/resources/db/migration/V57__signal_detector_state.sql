-- What each equipment's detector learned, so that a restart or another node carries on instead of learning normal
-- operation again. A state is restored only for the same tags and the same detector settings (state_version);
-- otherwise the detector learns afresh and the row is written over.
create table signal_detector_state (
    equipment_id    uuid        primary key references equipment (id),
    tag_ids         text        not null,
    state_version   text        not null,
    learned_from    timestamptz not null,
    last_sample     timestamptz not null,
    episode_open    boolean     not null,
    range_open      boolean     not null,
    last_range_trip timestamptz,
    state           bytea       not null,
    saved_at        timestamptz not null
);

-- Every "learn normal from now": who asked, when and why (after a repair, a new operating point).
create table signal_relearn (
    id           uuid        primary key,
    equipment_id uuid        not null references equipment (id),
    requested_at timestamptz not null,
    requested_by uuid,
    by_name      text        not null,
    reason       text
);
create index signal_relearn_by_equipment on signal_relearn (equipment_id, requested_at desc);
