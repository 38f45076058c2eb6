-- Site access credentials: the code a contractor worker's QR carries, one per person; a new one replaces the old (a
-- lost badge), so only the latest opens the gate.
create table contractor_credential (
    person_id uuid primary key references person (id),
    code      text        not null unique,
    issued_at timestamptz not null,
    issued_by uuid
);
