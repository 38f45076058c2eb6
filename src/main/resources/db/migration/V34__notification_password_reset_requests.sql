-- Each "forgot your password?" request that named an account, so that only a few links an hour leave for one
-- account however often somebody asks.
create table password_reset_request (
    account_id   uuid        not null,
    requested_at timestamptz not null
);
create index password_reset_request_recent on password_reset_request (account_id, requested_at);
