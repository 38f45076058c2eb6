-- Closing an investigation: once every action raised on it is verified, or when a director accepts the rest with a
-- reason.
alter table investigation
    add column closed_at         timestamptz,
    add column accepted_by       uuid references person (id),
    add column acceptance_reason text;

-- The methods of an investigation, several per investigation if wanted: chains of 5 Whys, a fishbone whose
-- categories the team may rename, add or drop, a cause chart whose arrows run from a cause to the effect it brought
-- about (never in a loop), each cause with its evidence or none yet; and the root causes found, each in its class.
alter table investigation
    add column fishbone_categories text[] not null
        default '{PEOPLE,MACHINE,METHOD,MATERIAL,MEASUREMENT,ENVIRONMENT,MANAGEMENT}';

create table investigation_why_chain (
    investigation     uuid    not null references investigation (id),
    investigation_key integer not null,
    id                uuid    not null,
    problem           text    not null,
    whys              text[]  not null,
    primary key (investigation, investigation_key)
);

create table investigation_fishbone_cause (
    investigation     uuid    not null references investigation (id),
    investigation_key integer not null,
    id                uuid    not null,
    category          text    not null,
    cause             text    not null,
    primary key (investigation, investigation_key)
);

create table investigation_chart_cause (
    investigation     uuid    not null references investigation (id),
    investigation_key integer not null,
    id                uuid    not null,
    cause             text    not null,
    -- none: the cause is not verified yet
    evidence          text,
    primary key (investigation, investigation_key)
);

create table investigation_chart_link (
    investigation     uuid    not null references investigation (id),
    investigation_key integer not null,
    cause_id          uuid    not null,
    -- none: the investigated problem itself
    effect_id         uuid,
    primary key (investigation, investigation_key)
);

create table investigation_root_cause (
    investigation     uuid    not null references investigation (id),
    investigation_key integer not null,
    id                uuid    not null,
    cause             text    not null,
    root_class        text    not null check (root_class in ('ABSENT_FAILED_DEFENCES', 'INDIVIDUAL_TEAM_ACTIONS',
                                                             'TASK_ENVIRONMENTAL_CONDITIONS',
                                                             'ORGANISATIONAL_FACTORS')),
    primary key (investigation, investigation_key)
);
create index investigation_root_cause_class on investigation_root_cause (root_class);
