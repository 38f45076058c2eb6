-- A contractor's required document expiring within its policy's warning days, and expired: the contractor's
-- supervisors and the safety department hear of it.
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000001901', 'contractor.document-expiring', null, 'CONTRACTOR_SUPERVISOR', 0),
       ('9e1f0000-0000-0000-0000-000000001902', 'contractor.document-expiring', null, 'SITE_HSE', 0),
       ('9e1f0000-0000-0000-0000-000000001903', 'contractor.document-expired', null, 'CONTRACTOR_SUPERVISOR', 0),
       ('9e1f0000-0000-0000-0000-000000001904', 'contractor.document-expired', null, 'SITE_HSE', 0);
