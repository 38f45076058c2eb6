-- Each present attendee signs the meeting's record on the phone it is held on: the picture is kept beside the meeting,
-- and the attendee names it with the time it was drawn. A record is closed only when every present attendee signed.
create table meeting_signature (
    id           uuid primary key,
    meeting_id   uuid        not null references meeting_record (id),
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    added_at     timestamptz not null,
    added_by     uuid
);
create index meeting_signature_by_meeting on meeting_signature (meeting_id);

alter table meeting_attendee
    add column signature_id uuid references meeting_signature (id),
    add column signed_at    timestamptz;
