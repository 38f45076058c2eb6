-- Stop-work authority: anyone stops unsafe work, the area's manager or the site's safety department answers, and the
-- work resumes only with a written justification. Nothing here ties a stop to a penalty or to the initiator's rating:
-- the initiator is kept for telling them of every step and for the few who may know the name, never for sanctions.
create table stop_work (
    id                       uuid primary key,
    site_id                  uuid        not null references site (id),
    area_id                  uuid        not null references area (id),
    -- whose work was stopped: the owner company's or a contractor's
    organisation_id          uuid        not null references organisation (id),
    work                     text        not null,
    unsafe                   text        not null,
    -- the work counts as stopped from the moment it was raised on the phone, which may be offline for a while
    raised_at                timestamptz not null,
    received_at              timestamptz not null,
    initiator_user_id        uuid,
    initiator_person_id      uuid references person (id),
    initiator_organisation_id uuid       not null references organisation (id),
    status                   text        not null check (status in ('RAISED', 'ACKNOWLEDGED', 'RESOLVED',
                                                                   'COMPENSATED', 'RESUMED', 'JUDGED_UNNECESSARY')),
    acknowledged_at          timestamptz,
    acknowledged_by          uuid references person (id),
    resolution               text,
    resolved_as              text check (resolved_as in ('RESOLVED', 'COMPENSATED')),
    resolved_at              timestamptz,
    resolved_by              uuid references person (id),
    risk_id                  uuid,
    resume_justification     text,
    resumed_at               timestamptz,
    resumed_by               uuid references person (id),
    explanation              text,
    judged_at                timestamptz,
    judged_by                uuid references person (id),
    source_event_id          uuid,
    voided_at                timestamptz,
    voided_by                uuid,
    voided_reason            text,
    version                  bigint      not null
);
create index stop_work_open on stop_work (status, raised_at) where voided_at is null;
create index stop_work_area on stop_work (area_id, raised_at);
create index stop_work_organisation on stop_work (organisation_id, raised_at);
create index stop_work_initiator on stop_work (initiator_user_id);

-- The photo the initiator took, checked by its content like an event's.
create table stop_work_photo (
    id           uuid primary key,
    stop_work_id uuid        not null references stop_work (id),
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    added_at     timestamptz not null,
    added_by     uuid
);
create index stop_work_photo_stop on stop_work_photo (stop_work_id);
