-- The catalogue of competences and courses the safety department keeps. Each one's validity is data: the rules that
-- set training periods change, so a period is edited here, never written in code. No validity means it never expires.
-- Evidence says what proves a passed course: a sign-in sheet, a certificate, a knowledge-check protocol or a practical
-- assessment signed by an evaluator (or nothing more than the record). Mentor competences together make a mentor's
-- qualification (safety standards, communication, risk assessment).
create table competence (
    id              uuid primary key,
    code            text    not null,
    name_en         text    not null,
    name_ru         text    not null,
    validity_months integer check (validity_months between 1 and 600),
    evidence        text    not null check (evidence in ('NONE', 'ATTENDANCE', 'CERTIFICATE', 'KNOWLEDGE_CHECK',
                                                         'PRACTICAL_ASSESSMENT')),
    mentor          boolean not null,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint  not null
);
create unique index competence_code on competence (lower(code));

-- Periods as the Russian rules of occupational-safety training set them in 2026 (Decree 2464: programmes A and B every
-- three years, programme V for high-hazard work every year, first aid and PPE every three years); the safety
-- department edits them when the rules change.
insert into competence (id, code, name_en, name_ru, validity_months, evidence, mentor, version)
values ('7c0e0000-0000-0000-0000-000000000001', 'INDUCTION', 'Site safety induction', 'Вводный инструктаж по охране труда', 12, 'ATTENDANCE', false, 0),
       ('7c0e0000-0000-0000-0000-000000000002', 'WORK_AT_HEIGHT', 'Work at height', 'Работы на высоте', 12, 'KNOWLEDGE_CHECK', false, 0),
       ('7c0e0000-0000-0000-0000-000000000003', 'HOT_WORK', 'Hot work', 'Огневые работы', 12, 'KNOWLEDGE_CHECK', false, 0),
       ('7c0e0000-0000-0000-0000-000000000004', 'CONFINED_SPACE', 'Confined space entry', 'Работы в замкнутых пространствах', 12, 'KNOWLEDGE_CHECK', false, 0),
       ('7c0e0000-0000-0000-0000-000000000005', 'FIRST_AID', 'First aid', 'Оказание первой помощи', 36, 'PRACTICAL_ASSESSMENT', false, 0),
       ('7c0e0000-0000-0000-0000-000000000006', 'PPE', 'Use of personal protective equipment', 'Применение средств индивидуальной защиты', 36, 'PRACTICAL_ASSESSMENT', false, 0),
       ('7c0e0000-0000-0000-0000-000000000007', 'OHS_A', 'Occupational safety, programme A: general matters', 'Охрана труда, программа А: общие вопросы', 36, 'KNOWLEDGE_CHECK', false, 0),
       ('7c0e0000-0000-0000-0000-000000000008', 'OHS_B', 'Occupational safety, programme B: hazards of the workplace', 'Охрана труда, программа Б: вредные и опасные факторы', 36, 'KNOWLEDGE_CHECK', false, 0),
       ('7c0e0000-0000-0000-0000-000000000009', 'OHS_V', 'Occupational safety, programme V: high-hazard work', 'Охрана труда, программа В: работы повышенной опасности', 12, 'KNOWLEDGE_CHECK', false, 0),
       ('7c0e0000-0000-0000-0000-00000000000a', 'MENTOR_STANDARDS', 'Mentor: safety standards', 'Наставник: стандарты безопасности', 36, 'CERTIFICATE', true, 0),
       ('7c0e0000-0000-0000-0000-00000000000b', 'MENTOR_COMMUNICATION', 'Mentor: communication', 'Наставник: коммуникация', 36, 'CERTIFICATE', true, 0),
       ('7c0e0000-0000-0000-0000-00000000000c', 'MENTOR_RISK', 'Mentor: risk assessment', 'Наставник: оценка рисков', 36, 'CERTIFICATE', true, 0);

-- A training session: one course held on one day by a trainer or provider, with many attendees (a sign-in sheet);
-- each attendee's result is a training record of its own that names the session.
create table training_session (
    id              uuid primary key,
    competence_id   uuid        not null references competence (id),
    held_on         date        not null,
    trainer         text,
    provider        text,
    evidence_reference text,
    -- the recorder's organisation: a contractor's session is its own
    organisation_id uuid        references organisation (id),
    created_at      timestamptz not null,
    version         bigint      not null
);

-- A person's training in a competence: when, with what result, by whom, proven by what, valid until when. The
-- organisation is the person's when it was recorded: a contractor's people see their own organisation's records.
-- A contractor's supervisor records PENDING_APPROVAL; the owner company's safety department approves.
create table training_record (
    id                 uuid primary key,
    external_id        text,
    person_id          uuid        not null references person (id),
    organisation_id    uuid        not null references organisation (id),
    competence_id      uuid        not null references competence (id),
    session_id         uuid references training_session (id),
    completed_on       date        not null,
    result             text        not null check (result in ('PASSED', 'FAILED')),
    trainer            text,
    provider           text,
    evidence_reference text,
    -- from the competence's period when recorded, or as given (then expiry_given); a failed course has none
    expires_on         date,
    expiry_given       boolean     not null,
    status             text        not null check (status in ('PENDING_APPROVAL', 'APPROVED')),
    approved_by        uuid,
    approved_at        timestamptz,
    created_at         timestamptz not null,
    voided_at          timestamptz,
    voided_by          uuid,
    voided_reason      text,
    version            bigint      not null,
    check (expires_on is null or expires_on >= completed_on)
);
-- an external id names one record of the enterprise, whatever its case: a re-import updates it
create unique index training_record_external_id on training_record (lower(external_id));
create index training_record_by_person on training_record (person_id, competence_id, completed_on);
create index training_record_by_competence on training_record (competence_id) where voided_at is null;
create index training_record_by_organisation on training_record (organisation_id);
create index training_record_by_session on training_record (session_id) where session_id is not null;

-- Files that prove a record: a scan of the certificate or protocol, a photo of the signed sheet.
create table training_evidence (
    id           uuid primary key,
    record_id    uuid        not null references training_record (id),
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    added_at     timestamptz not null,
    added_by     uuid
);
create index training_evidence_by_record on training_evidence (record_id);

-- Which competences are required, a matrix the safety department edits: of everyone (no position, role or area), of
-- a position (as the people register names it, whatever its case and spaces), of a role, or of work in an area.
create table training_requirement (
    id            uuid primary key,
    competence_id uuid   not null references competence (id),
    position      text,
    role          text check (role in ('WORKER', 'CONTRACTOR_SUPERVISOR', 'LINE_MANAGER', 'HSE_SPECIALIST', 'DIRECTOR',
                                       'ADMIN')),
    area_id       uuid references area (id),
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null,
    check (num_nonnulls(position, role, area_id) <= 1)
);
-- one current requirement per competence and whom it is of
create unique index training_requirement_once on training_requirement
    (competence_id, lower(btrim(coalesce(position, ''))), coalesce(role, ''),
     coalesce(area_id, '00000000-0000-0000-0000-000000000000'))
    where voided_at is null;
create index training_requirement_by_position on training_requirement (lower(btrim(position)))
    where voided_at is null and position is not null;

-- The matrix reads a person's approved passes per competence: the latest expiry among them decides the cell.
create index training_record_valid on training_record (person_id, competence_id, expires_on)
    where voided_at is null and status = 'APPROVED' and result = 'PASSED';

-- Expiry reminders sent, so that each is sent once whichever node runs the daily check: 30 days before the expiry
-- (EXPIRING) and on it (EXPIRED).
create table training_reminder (
    record_id uuid        not null references training_record (id),
    kind      text        not null check (kind in ('EXPIRING', 'EXPIRED')),
    sent_at   timestamptz not null,
    primary key (record_id, kind)
);

-- Where a person stands in a required competence on a day, from their approved passes that are not voided: MISSING
-- without one, VALID when one never expires or the latest expiry is more than 30 days away, EXPIRING within 30 days,
-- EXPIRED once the latest expiry has passed (a pass is valid through its expiry day). The one statement of the rule:
-- the matrix, clearance and figures all read it.
create function training_standing(passed boolean, lasting boolean, latest_expiry date, on_day date) returns text
    language sql immutable as
$$
select case
           when not passed then 'MISSING'
           when lasting or latest_expiry is null or latest_expiry > on_day + 30 then 'VALID'
           when latest_expiry >= on_day then 'EXPIRING'
           else 'EXPIRED'
       end
$$;
