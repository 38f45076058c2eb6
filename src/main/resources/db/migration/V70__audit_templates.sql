-- Checklist templates: the draft an HSE engineer edits (its questions in order) and the versions published from it.
-- An inspection keeps the version it was started on, so a published change applies to new inspections only.
create table audit_template (
    id                uuid primary key,
    title             varchar(200) not null,
    description       text,
    site_id           uuid references site (id),
    -- a contractor's own template; null: the plant's, which everyone reads
    organisation_id   uuid references organisation (id),
    published_version integer      not null default 0,
    created_at        timestamptz  not null,
    voided_at         timestamptz,
    voided_by         uuid,
    voided_reason     text,
    version           bigint       not null
);

create index audit_template_by_organisation on audit_template (organisation_id) where voided_at is null;

create table audit_template_question (
    audit_template      uuid          not null references audit_template (id) on delete cascade,
    position            integer       not null,
    name                varchar(64)   not null,
    type                varchar(20)   not null,
    section_en          varchar(200),
    section_ru          varchar(200),
    label_en            varchar(500)  not null,
    label_ru            varchar(500)  not null,
    required            boolean       not null,
    minimum             numeric,
    maximum             numeric,
    weight              numeric       not null,
    -- the answers' list as value|label en|label ru|score lines (an empty score: not applicable)
    choices             text,
    -- JSON Logic over the answers by question name
    show_when           text,
    require_note_when   text,
    require_photo_when  text,
    require_action_when text,
    primary key (audit_template, position)
);

create table audit_template_version (
    template_id  uuid         not null references audit_template (id),
    number       integer      not null,
    title        varchar(200) not null,
    questions    jsonb        not null,
    published_at timestamptz  not null,
    published_by uuid,
    primary key (template_id, number)
);
