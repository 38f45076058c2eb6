create table corrective_action (
    id                          uuid primary key,
    title                       text        not null,
    description                 text,
    source_type                 text        not null check (source_type in ('EVENT', 'AUDIT', 'MEETING', 'RISK',
                                                                           'INVESTIGATION', 'STOP_WORK', 'OTHER')),
    source_id                   uuid,
    -- what the source was, kept with the action: a VIOLATION event makes it count towards violation elimination
    source_category             text,
    site_id                     uuid        not null references site (id),
    owner_person_id             uuid        not null references person (id),
    responsible_organisation_id uuid        not null references organisation (id),
    due_date                    date        not null,
    priority                    text        not null check (priority in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status                      text        not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
    created_at                  timestamptz not null,
    done_at                     timestamptz,
    completion_note             text,
    verified_at                 timestamptz,
    verified_by                 uuid,
    reminded_due_at             timestamptz,
    reminded_overdue_at         timestamptz,
    voided_at                   timestamptz,
    voided_by                   uuid,
    voided_reason               text,
    version                     bigint      not null
);
create index corrective_action_by_owner on corrective_action (owner_person_id, status);
create index corrective_action_by_organisation on corrective_action (responsible_organisation_id, status);
create index corrective_action_by_site on corrective_action (site_id, status);
create index corrective_action_by_source on corrective_action (source_id);
