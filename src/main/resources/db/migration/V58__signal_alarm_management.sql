-- Alarm management. Each warning a detector fires is stored at once, and then disposed of: RAISED (it becomes an
-- early warning), HELD for a few seconds to see whether a plant-wide upset is starting, FLOODED into the first
-- warning of such an upset, RATE_LIMITED into the equipment's latest raised warning, or SHELVED (its equipment's
-- warnings were shelved by a person). Only RAISED warnings become safety events; the others are kept and counted.
alter table signal_warning add column disposition text not null default 'RAISED'
    check (disposition in ('HELD', 'RAISED', 'FLOODED', 'RATE_LIMITED', 'SHELVED'));
alter table signal_warning add column folded_into uuid;
alter table signal_warning add column site_id uuid references site (id);
alter table signal_warning add column flood boolean not null default false;
alter table signal_warning add column signals jsonb;
create index signal_warning_folded on signal_warning (folded_into) where folded_into is not null;
create index signal_warning_held on signal_warning (site_id, recorded_at) where disposition = 'HELD';
create index signal_warning_floods on signal_warning (site_id, fired_at) where flood;

-- A noisy equipment's warnings shelved for a while, with the reason; ended early by a person, or by its time.
create table signal_shelf (
    id            uuid        primary key,
    equipment_id  uuid        not null references equipment (id),
    shelved_at    timestamptz not null,
    shelved_until timestamptz not null,
    reason        text        not null,
    shelved_by    uuid,
    by_name       text        not null,
    ended_at      timestamptz,
    ended_by_name text,
    check (shelved_until > shelved_at)
);
create index signal_shelf_by_equipment on signal_shelf (equipment_id, shelved_until desc);

-- Sensitivity changes proposed from the false alarms an equipment's warnings were dismissed as, and what the safety
-- department decided: a proposal changes nothing until it is accepted.
create table signal_sensitivity (
    id           uuid             primary key,
    equipment_id uuid             not null references equipment (id),
    from_factor  double precision not null,
    to_factor    double precision not null,
    warnings     bigint           not null,
    false_alarms bigint           not null,
    decision     text             not null check (decision in ('ACCEPTED', 'REJECTED')),
    decided_at   timestamptz      not null,
    decided_by   uuid,
    by_name      text             not null,
    note         text
);
create index signal_sensitivity_by_equipment on signal_sensitivity (equipment_id, decided_at desc);
