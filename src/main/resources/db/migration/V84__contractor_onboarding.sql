-- The 30-day onboarding programme the safety department keeps: its steps, each of a kind (ticked by hand by the mentor
-- or the safety department, or by another module's record: a completed joint inspection, a rotation meeting), with the
-- day of the month by which it is due. Retired steps are voided, never deleted.
create table contractor_onboarding_step (
    id            uuid primary key,
    kind          text    not null check (kind in ('INDUCTION', 'SAFETY_CULTURE', 'SITE_WALK', 'JOINT_INSPECTION',
                                                   'ROTATION_MEETING', 'DOCUMENT_CHECK', 'OTHER')),
    title         text,
    due_day       integer not null check (due_day between 1 and 30),
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint  not null
);

insert into contractor_onboarding_step (id, kind, title, due_day, version) values
    ('6b0d0b84-0001-4000-8000-000000000001', 'INDUCTION', null, 1, 0),
    ('6b0d0b84-0001-4000-8000-000000000002', 'SAFETY_CULTURE', null, 3, 0),
    ('6b0d0b84-0001-4000-8000-000000000003', 'SITE_WALK', null, 5, 0),
    ('6b0d0b84-0001-4000-8000-000000000004', 'DOCUMENT_CHECK', null, 7, 0),
    ('6b0d0b84-0001-4000-8000-000000000005', 'JOINT_INSPECTION', null, 14, 0),
    ('6b0d0b84-0001-4000-8000-000000000006', 'ROTATION_MEETING', null, 21, 0);

-- A contractor's onboarding: started when its first engagement started, due 30 days later, completed on the day its
-- last step was ticked. Its steps are the programme's as they stood on the day it started.
create table contractor_onboarding (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    engagement_id   uuid not null references contractor_engagement (id),
    started_on      date not null,
    due_on          date not null,
    completed_on    date,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint not null
);
create unique index contractor_onboarding_one_per_contractor on contractor_onboarding (organisation_id)
    where voided_at is null;

create table contractor_onboarding_tick (
    contractor_onboarding     uuid    not null references contractor_onboarding (id),
    contractor_onboarding_key integer not null,
    step_id                   uuid    not null references contractor_onboarding_step (id),
    kind                      text    not null,
    title                     text,
    due_day                   integer not null,
    ticked_on                 date,
    ticked_by                 uuid,
    record_id                 uuid,
    primary key (contractor_onboarding, contractor_onboarding_key)
);
