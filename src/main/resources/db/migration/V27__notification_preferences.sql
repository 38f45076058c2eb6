-- Each person's wishes for their notifications. Neither ever holds back a CRITICAL notification, and the in-app
-- notification is stored whatever they say: they hold back e-mail, webhooks and the bell's sound.
create table notification_preference (
    person_id   uuid primary key references person (id),
    -- on the clock of the person's site (the enterprise's without one); may run over midnight
    quiet_from  time,
    quiet_until time,
    version     bigint not null,
    constraint notification_quiet_hours_whole check ((quiet_from is null) = (quiet_until is null)),
    constraint notification_quiet_hours_length check (quiet_from is null or quiet_from <> quiet_until)
);

-- INFO kinds a person does not want to hear of outside the inbox
create table notification_muted_kind (
    person_id uuid not null references notification_preference (person_id),
    kind      text not null,
    primary key (person_id, kind)
);
