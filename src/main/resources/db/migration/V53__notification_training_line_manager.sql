-- A person's training expiring and expired is told also to their line manager: the manager of the area they work in
-- (for a person who works in no area, as for any record without an area, their site's safety department).
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000001801', 'training.expiring', null, 'AREA_MANAGER', 0),
       ('9e1f0000-0000-0000-0000-000000001802', 'training.expired', null, 'AREA_MANAGER', 0);
