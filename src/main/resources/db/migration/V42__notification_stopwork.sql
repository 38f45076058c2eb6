-- A stop of work: the area's manager and the site's safety department hear of it at once, CRITICAL (no mute or quiet
-- hours hold it back), and it climbs a ladder until it is acknowledged: after 15 minutes the site's safety department
-- (Tandem knows no HSE lead apart from it: the step tells those of them a site's own rule left out at once, and nobody
-- twice), after an hour the site's director. Its initiator hears of every answer, and is thanked when the work resumes.
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000005701', 'stopwork.raised', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-000000005702', 'stopwork.raised', null, 'SITE_HSE', 0),
       ('9e1f0000-0000-0000-0000-000000005703', 'stopwork.answered', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-000000005704', 'stopwork.resumed', null, 'OWNER', 0);

insert into escalation_ladder (id, kind, repeat_every_minutes, version)
values ('e5ca0000-0000-0000-0000-000000005701', 'stopwork.raised', null, 0);
insert into escalation_step (escalation_ladder, escalation_ladder_key, after_minutes, role)
values ('e5ca0000-0000-0000-0000-000000005701', 0, 15, 'SITE_HSE'),
       ('e5ca0000-0000-0000-0000-000000005701', 1, 60, 'SITE_DIRECTOR');
