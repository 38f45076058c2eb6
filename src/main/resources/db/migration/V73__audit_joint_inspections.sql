-- Joint inspections that a contractor's supervisor starts with the area's line manager invited, both sides signing;
-- and audits of contractors by the owner's safety department, whose scores are kept per contractor and period.
alter table audit_inspection
    add column kind varchar(20) not null default 'INSPECTION'
        check (kind in ('INSPECTION', 'JOINT', 'CONTRACTOR_AUDIT')),
    add column invited_person_id uuid references person (id),
    add column contractor_signature_id uuid,
    add column contractor_signed_by varchar(200),
    add column contractor_signed_at timestamptz,
    add column owner_signature_id uuid,
    add column owner_signed_by varchar(200),
    add column owner_signed_at timestamptz;

create index audit_inspection_by_starter on audit_inspection (started_by_organisation_id, kind, completed_at);

create table audit_inspection_signature (
    id            uuid primary key,
    inspection_id uuid        not null references audit_inspection (id),
    content_type  text        not null,
    size_bytes    integer     not null,
    content       bytea       not null,
    added_at      timestamptz not null,
    added_by      uuid
);

create index audit_inspection_signature_by_inspection on audit_inspection_signature (inspection_id);
