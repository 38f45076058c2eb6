-- Lessons learned: a card of an investigation in four parts (what happened, why, what we learned, what we did), without
-- names, written by the team and published by the safety department to a library that everyone reads, contractors too.
-- A card is written in one language and may be given the other; the library finds it by either. DRAFT while the team
-- writes it, SUBMITTED for the safety department, PUBLISHED or RETURNED with a comment (and written again).
create table investigation_lesson (
    id               uuid primary key,
    investigation_id uuid        not null unique references investigation (id),
    site_id          uuid        not null references site (id),
    -- what was investigated: the type of the first safety event, or DOWNTIME for a machine's stops
    category         text        not null,
    -- the investigated machine's type, as the equipment module told it when the card was last written
    equipment_type   text,
    -- the classes of the investigation's root causes when the card was last written
    root_classes     text[]      not null default '{}',
    written_in       text        not null check (written_in in ('en', 'ru')),
    status           text        not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED')),
    returned_comment text,
    show_on_screens  boolean     not null default false,
    submitted_at     timestamptz,
    published_at     timestamptz,
    voided_at        timestamptz,
    voided_by        uuid,
    voided_reason    text,
    version          bigint      not null
);
create index investigation_lesson_library on investigation_lesson (status, published_at desc) where voided_at is null;
create index investigation_lesson_root_classes on investigation_lesson using gin (root_classes);

-- The card's four parts in one language. The 'russian' text search configuration stems Cyrillic words as Russian and
-- Latin ones as English, so one index finds a card by its words in either language.
create table investigation_lesson_text (
    lesson     uuid    not null references investigation_lesson (id),
    lesson_key integer not null,
    language   text    not null check (language in ('en', 'ru')),
    happened   text    not null,
    why        text    not null,
    learned    text    not null,
    did        text    not null,
    primary key (lesson, lesson_key)
);
create index investigation_lesson_text_search on investigation_lesson_text
    using gin (to_tsvector('russian', happened || ' ' || why || ' ' || learned || ' ' || did));

-- Published lessons chosen for the shop-floor screens, one row per language the card is written in, for the screens
-- to read (the kpi module reads this view, never the tables).
create view lesson_on_screen as
select l.id, l.site_id, l.written_in, l.published_at, t.language, t.happened, t.why, t.learned, t.did
from investigation_lesson l
join investigation_lesson_text t on t.lesson = l.id
where l.status = 'PUBLISHED' and l.show_on_screens and l.voided_at is null;
