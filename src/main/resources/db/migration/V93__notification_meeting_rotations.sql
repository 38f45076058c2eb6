-- A rotation of an engagement that ended without a meeting held: the engagement's mentor (the owner of its rotations)
-- hears of it.
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000009301', 'meeting.rotation-missed', null, 'OWNER', 0);
