-- Shop-floor screens: a TV in a workshop shows the live figures of the enterprise, a site or an organisation. It
-- signs in with nothing but its display token, which is stored only as a hash and reads nothing else.
create table display_screen (
    id              uuid primary key,
    name            text    not null,
    site_id         uuid references site (id),
    organisation_id uuid references organisation (id),
    rotate_seconds  integer not null check (rotate_seconds between 5 and 300),
    language        text    not null,
    token_hash      text    not null unique,
    token_prefix    text    not null,
    last_seen_at    timestamptz,
    voided_at       timestamptz,
    voided_by       uuid,
    voided_reason   text,
    version         bigint  not null
);
