create table history_entry (
    id              bigint generated always as identity primary key,
    record_type     text        not null,
    record_id       uuid        not null,
    kind            text        not null check (kind in ('CREATED', 'UPDATED', 'VOIDED')),
    changed_at      timestamptz not null,
    changed_by      uuid,
    changed_by_name text        not null,
    changes         jsonb       not null
);
create index history_entry_by_record on history_entry (record_type, record_id, changed_at);
