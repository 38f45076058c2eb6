-- Each notification's delivery through each channel (e-mail, webhook) to each target (an address, a webhook
-- channel): one row, so that nothing is sent twice by a repeated event or by two nodes, and nothing is lost by a
-- failure (a failed delivery keeps its reason and is tried again at next_attempt_at).
create table delivery (
    id              uuid primary key,
    notification_id uuid not null,
    channel         text not null check (channel in ('EMAIL', 'WEBHOOK')),
    target          text not null,
    kind            text not null,
    severity        text not null,
    -- INFO e-mails wait for the digest and leave together, one message per address
    digest          boolean not null,
    -- the notification as it was posted: what is sent is what was decided
    payload         jsonb not null,
    status          text not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer not null default 0,
    last_error      text,
    next_attempt_at timestamptz,
    -- a node that claimed the delivery owns it until then; after a crash another node takes it over
    claimed_until   timestamptz,
    queued_at       timestamptz not null,
    sent_at         timestamptz,
    unique (notification_id, channel, target)
);

create index delivery_due on delivery (next_attempt_at) where status <> 'SENT';
create index delivery_by_status on delivery (status, queued_at desc);

-- Where webhooks go: a URL per channel, the kinds it receives (none listed: all), and its signing secret sealed
-- with the notification key (AES-GCM): the secret is shown once, and a copy of this table alone does not reveal it.
create table webhook_channel (
    id            uuid primary key,
    name          text not null,
    url           text not null,
    secret_sealed text not null,
    kinds         text[] not null default '{}',
    enabled       boolean not null default true,
    created_at    timestamptz not null,
    changed_at    timestamptz not null
);

-- The key that seals webhook secrets and signs acknowledge links when tandem.notification.key is not set: made once,
-- by whichever node starts first, and shared by all.
create table notification_key (
    id     integer primary key check (id = 1),
    secret bytea not null
);
