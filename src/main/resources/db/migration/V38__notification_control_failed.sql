-- A critical control found not effective: the area's manager and the site's safety department hear of it. When the
-- risk is fatal the kind is CRITICAL (no mute or quiet hours hold it back) and climbs a ladder: unacknowledged after an
-- hour the site's director hears of it, after four hours the managing director.
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-0000000000c1', 'risk.control-failed', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-0000000000c2', 'risk.control-failed', null, 'SITE_HSE', 0),
       ('9e1f0000-0000-0000-0000-0000000000c3', 'risk.fatal-control-failed', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-0000000000c4', 'risk.fatal-control-failed', null, 'SITE_HSE', 0);

insert into escalation_ladder (id, kind, repeat_every_minutes, version)
values ('e5ca0000-0000-0000-0000-0000000000c1', 'risk.fatal-control-failed', null, 0);
insert into escalation_step (escalation_ladder, escalation_ladder_key, after_minutes, role)
values ('e5ca0000-0000-0000-0000-0000000000c1', 0, 60, 'SITE_DIRECTOR'),
       ('e5ca0000-0000-0000-0000-0000000000c1', 1, 240, 'MANAGING_DIRECTOR');
