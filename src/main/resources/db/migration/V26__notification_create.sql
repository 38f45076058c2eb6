-- One row per notification and recipient, its title and text already in the recipient's language. The id is made
-- from the kind, the record, the occasion and the recipient, so an announcement handled twice is stored once.
create table notification (
    id                  uuid primary key,
    kind                text        not null,
    severity            text        not null check (severity in ('INFO', 'ACTION_NEEDED', 'CRITICAL')),
    recipient_person_id uuid        not null references person (id),
    record_type         text        not null,
    record_id           uuid        not null,
    record_path         text        not null,
    occasion            text        not null,
    arguments           text[]      not null,
    language            text        not null check (language in ('en', 'ru')),
    title               text        not null,
    body                text        not null,
    created_at          timestamptz not null,
    acknowledged_at     timestamptz,
    acknowledged_by     uuid references person (id)
);
create index notification_inbox on notification (recipient_person_id, created_at desc, id);
create index notification_unread on notification (recipient_person_id) where acknowledged_at is null;
create index notification_by_record on notification (record_id, kind);

-- Who hears of each kind, by role relative to the record: a row without a site holds for every site that has no
-- rows of its own for that kind.
create table notification_rule (
    id      uuid primary key,
    kind    text   not null,
    site_id uuid references site (id),
    role    text   not null check (role in ('OWNER', 'AREA_MANAGER', 'SITE_HSE', 'SITE_DIRECTOR',
                                            'CONTRACTOR_SUPERVISOR', 'MANAGING_DIRECTOR')),
    version bigint not null
);
create unique index notification_rule_once
    on notification_rule (kind, coalesce(site_id, '00000000-0000-0000-0000-000000000000'), role);

insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000000001', 'action.assigned', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-000000000002', 'action.due-soon', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-000000000003', 'action.overdue', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-000000000004', 'action.to-verify', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-000000000005', 'action.to-verify', null, 'SITE_HSE', 0),
       ('9e1f0000-0000-0000-0000-000000000006', 'event.reported', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-000000000007', 'event.reported', null, 'SITE_HSE', 0),
       ('9e1f0000-0000-0000-0000-000000000008', 'event.reported', null, 'CONTRACTOR_SUPERVISOR', 0),
       ('9e1f0000-0000-0000-0000-000000000009', 'event.early-warning', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-00000000000a', 'event.early-warning', null, 'SITE_HSE', 0);
