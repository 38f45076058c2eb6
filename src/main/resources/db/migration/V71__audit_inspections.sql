-- Inspections: a published version of a checklist answered on a site (an area, a contractor's work), ad hoc or due by
-- a schedule. The schedule's next slot is claimed by a conditional update and each slot's inspection is unique, so a
-- slot makes one due inspection however many nodes run the round.
create table audit_schedule (
    id                 uuid primary key,
    template_id        uuid         not null references audit_template (id),
    site_id            uuid         not null references site (id),
    area_id            uuid references area (id),
    -- the contractor whose work is inspected; null: the plant's own
    organisation_id    uuid references organisation (id),
    cadence            varchar(10)  not null check (cadence in ('SHIFT', 'WEEKLY', 'MONTHLY')),
    -- local times of day in the site's zone, 'HH:MM' separated by commas: each shift's start, or the one time
    times              varchar(100) not null,
    day_of_week        smallint check (day_of_week between 1 and 7),
    day_of_month       smallint check (day_of_month between 1 and 31),
    assigned_role      varchar(40),
    assigned_person_id uuid references person (id),
    next_slot_at       timestamptz  not null,
    created_at         timestamptz  not null,
    voided_at          timestamptz,
    voided_by          uuid,
    voided_reason      text,
    version            bigint       not null
);

create index audit_schedule_due on audit_schedule (next_slot_at) where voided_at is null;

create table audit_inspection (
    id                         uuid primary key,
    template_id                uuid         not null,
    template_version           integer      not null,
    title                      varchar(200) not null,
    site_id                    uuid         not null references site (id),
    area_id                    uuid references area (id),
    -- the contractor whose work is inspected; null: the plant's own
    organisation_id            uuid references organisation (id),
    -- who started it: the organisation it is counted for
    started_by_organisation_id uuid         not null references organisation (id),
    conducted_on               date,
    conducted_by               varchar(200),
    status                     varchar(12)  not null check (status in ('DUE', 'IN_PROGRESS', 'COMPLETED')),
    schedule_id                uuid references audit_schedule (id),
    slot_at                    timestamptz,
    due_at                     timestamptz,
    assigned_role              varchar(40),
    assigned_person_id         uuid references person (id),
    points                     numeric,
    possible                   numeric,
    percentage                 numeric,
    created_at                 timestamptz  not null,
    completed_at               timestamptz,
    completed_by               uuid,
    voided_at                  timestamptz,
    voided_by                  uuid,
    voided_reason              text,
    version                    bigint       not null,
    foreign key (template_id, template_version) references audit_template_version (template_id, number),
    unique (schedule_id, slot_at)
);

create index audit_inspection_by_site on audit_inspection (site_id, created_at desc);
create index audit_inspection_by_organisation on audit_inspection (coalesce(organisation_id, started_by_organisation_id));

create table audit_inspection_answer (
    audit_inspection uuid        not null references audit_inspection (id) on delete cascade,
    position         integer     not null,
    question         varchar(64) not null,
    answer           text,
    note             text,
    photo_id         uuid,
    primary key (audit_inspection, position)
);

-- a failed item and the action raised on it (source INSPECTION in the action module)
create table audit_inspection_finding (
    audit_inspection uuid        not null references audit_inspection (id) on delete cascade,
    position         integer     not null,
    question         varchar(64) not null,
    note             text,
    action_id        uuid        not null,
    raised_at        timestamptz not null,
    primary key (audit_inspection, position)
);

create table audit_inspection_photo (
    id            uuid primary key,
    inspection_id uuid        not null references audit_inspection (id),
    content_type  text        not null,
    size_bytes    integer     not null,
    content       bytea       not null,
    added_at      timestamptz not null,
    added_by      uuid
);

create index audit_inspection_photo_by_inspection on audit_inspection_photo (inspection_id);
