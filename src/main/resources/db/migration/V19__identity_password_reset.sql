-- An administrator's reset leaves a temporary password that its holder must replace when they next sign in.
alter table user_account add column must_change_password boolean not null default false;
