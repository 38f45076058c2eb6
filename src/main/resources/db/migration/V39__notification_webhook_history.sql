-- A webhook channel is changed on the version its administrator saw (If-Match, or the form's version), and each
-- change is kept in the history: who changed its name, address, kinds or state, and when its signing secret was
-- issued anew. The secret itself is never in the history; only when it was issued is.
alter table webhook_channel add column version bigint not null default 0;
alter table webhook_channel add column secret_issued_at timestamptz;
-- before this, a new secret was the last change that could have touched a channel made earlier: the best known time
update webhook_channel set secret_issued_at = changed_at;
alter table webhook_channel alter column secret_issued_at set not null;
