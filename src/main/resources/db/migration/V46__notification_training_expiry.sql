-- A person's training expiring within 30 days, and expired: the person and, for a contractor's people, the
-- contractor's supervisors hear of it.
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-0000000000d1', 'training.expiring', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-0000000000d2', 'training.expiring', null, 'CONTRACTOR_SUPERVISOR', 0),
       ('9e1f0000-0000-0000-0000-0000000000d3', 'training.expired', null, 'OWNER', 0),
       ('9e1f0000-0000-0000-0000-0000000000d4', 'training.expired', null, 'CONTRACTOR_SUPERVISOR', 0);
