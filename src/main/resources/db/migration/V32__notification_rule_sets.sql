-- Who hears of one kind, as one record with a version and a history: the rows of notification_rule stay where the
-- rules are read, and each change of a kind's rows goes through its set (optimistic locking, history). A kind whose
-- rows came in without a set (a later migration's default rule) gets its set, at version 0, on its first change.
create table notification_rule_set (
    id      uuid primary key,
    kind    text   not null unique,
    version bigint not null
);

insert into notification_rule_set (id, kind, version)
select md5('notification-rule-set:' || kind)::uuid, kind, 0
from (select distinct kind from notification_rule) kinds;
