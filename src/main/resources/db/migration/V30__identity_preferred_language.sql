-- The language an account's holder reads Tandem in: notifications are written in it and pages open in it at sign-in.
-- None: the enterprise's language.
alter table user_account add column language text check (language in ('en', 'ru'));
