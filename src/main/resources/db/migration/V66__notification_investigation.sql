-- Investigations: one a trigger put in the queue reaches the site's safety department; one overdue reaches its leader
-- and the site's safety department, and climbs a ladder until it is taken up, closed or declined: the site's HSE lead
-- after a day, the site's director after three.
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000006601', 'investigation.queued', null, 'SITE_HSE', 0),
       ('9e1f0000-0000-0000-0000-000000006602', 'investigation.overdue', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-000000006603', 'investigation.overdue', null, 'SITE_HSE', 0);

insert into escalation_ladder (id, kind, repeat_every_minutes, version)
values ('e5ca0000-0000-0000-0000-000000006601', 'investigation.overdue', null, 0);
insert into escalation_step (escalation_ladder, escalation_ladder_key, after_minutes, role)
values ('e5ca0000-0000-0000-0000-000000006601', 0, 1440, 'SITE_HSE_LEAD'),
       ('e5ca0000-0000-0000-0000-000000006601', 1, 4320, 'SITE_DIRECTOR');
