-- Share links of inspections' reports: a link opens the report's PDF without signing in until it expires or is
-- revoked. Only the token's SHA-256 is kept, so the table never holds a working link; who made and revoked each link
-- and every opening of it are kept as its trail.
create table audit_report_share (
    id              uuid primary key,
    inspection_id   uuid         not null references audit_inspection (id),
    token_hash      bytea        not null unique,
    created_by      uuid         not null,
    created_by_name varchar(200) not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    revoked_at      timestamptz,
    revoked_by_name varchar(200)
);

create index audit_report_share_by_inspection on audit_report_share (inspection_id);

create table audit_report_share_opening (
    share_id  uuid        not null references audit_report_share (id),
    opened_at timestamptz not null
);

create index audit_report_share_opening_by_share on audit_report_share_opening (share_id);
