-- Engagements: a contractor's scope of work on a site's areas between two days, with a planned headcount and a mentor
-- (the line manager who owns one of the areas, holding a valid mentor's qualification). Its risks are reviewed when it
-- is agreed: picked from the register or entered in it, and signed by both sides. It is ACTIVE only with its mentor, a
-- signed risk review and the contractor's required documents valid; CLOSED when the work is done.
create table contractor_engagement (
    id                       uuid primary key,
    organisation_id          uuid        not null references organisation (id),
    site_id                  uuid        not null references site (id),
    area_ids                 uuid[]      not null,
    starts_on                date        not null,
    ends_on                  date        not null,
    description              text        not null,
    planned_headcount        integer     not null check (planned_headcount between 1 and 10000),
    mentor_person_id         uuid        not null references person (id),
    status                   text        not null check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    mentor_signed_by         uuid references person (id),
    mentor_signed_at         timestamptz,
    contractor_signed_by     uuid references person (id),
    contractor_signed_at     timestamptz,
    activated_on             date,
    voided_at                timestamptz,
    voided_by                uuid,
    voided_reason            text,
    version                  bigint      not null,
    check (ends_on >= starts_on)
);
create index contractor_engagement_by_organisation on contractor_engagement (organisation_id) where voided_at is null;
create index contractor_engagement_by_mentor on contractor_engagement (mentor_person_id) where voided_at is null;

-- The risks of an engagement's scope, by their id in the register (the risk module's).
create table contractor_engagement_risk (
    contractor_engagement     uuid    not null references contractor_engagement (id),
    contractor_engagement_key integer not null,
    risk_id                   uuid    not null,
    primary key (contractor_engagement, contractor_engagement_key)
);
