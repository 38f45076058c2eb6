-- A synthetic plant for the figures benchmark: 6 sites, 60 areas, the owner and 300 contractors, 2,000,000 safety
-- events over ten years (10% incidents, each with one injured person), hours of every organisation on its sites for
-- every month, 500,000 corrective actions. Deterministic enough for timing, not for counting.
insert into organisation (id, name, kind, status, version)
select ('00000000-0000-0000-0001-' || lpad(g::text, 12, '0'))::uuid, 'Org ' || g,
       case when g = 0 then 'OWNER' else 'CONTRACTOR' end, 'ACTIVE', 0
from generate_series(0, 300) g;
insert into site (id, code, name, time_zone, version)
select ('00000000-0000-0000-0002-' || lpad(g::text, 12, '0'))::uuid, 'S' || g, 'Site ' || g, 'UTC', 0
from generate_series(0, 5) g;
insert into area (id, site_id, code, name, version)
select ('00000000-0000-0000-0003-' || lpad(g::text, 12, '0'))::uuid,
       ('00000000-0000-0000-0002-' || lpad((g % 6)::text, 12, '0'))::uuid, 'A' || g, 'Area ' || g, 0
from generate_series(0, 59) g;
insert into person (id, organisation_id, full_name, version)
values ('00000000-0000-0000-0004-000000000000', '00000000-0000-0000-0001-000000000000', 'Owner', 0);

create temp table ev as
select g, random() r1, random() r2, random() r3, random() r4 from generate_series(1, 2000000) g;

insert into safety_event (id, type, status, occurred_at, reported_at, site_id, area_id, organisation_id,
    description, reporter_organisation_id, voided_at, version)
select gen_random_uuid(),
       case when r1 < 0.4 then 'HAZARD' when r1 < 0.7 then 'NEAR_MISS' when r1 < 0.8 then 'INCIDENT'
            when r1 < 0.9 then 'VIOLATION' when r1 < 0.98 then 'IMPROVEMENT_PROPOSAL' else 'EARLY_WARNING' end,
       'CLOSED',
       now() - (r2 * interval '3650 days'), now() - (r2 * interval '3650 days'),
       ('00000000-0000-0000-0002-' || lpad(((r3 * 6)::int % 6)::text, 12, '0'))::uuid,
       case when r4 < 0.2 then null else ('00000000-0000-0000-0003-' || lpad(((r3 * 6)::int % 6 + 6 * ((r4 * 10)::int % 10))::text, 12, '0'))::uuid end,
       case when r4 < 0.3 then '00000000-0000-0000-0001-000000000000'::uuid
            else ('00000000-0000-0000-0001-' || lpad((1 + (r4 * 1000)::int % 300)::text, 12, '0'))::uuid end,
       'x', '00000000-0000-0000-0001-000000000000', case when g % 100 = 0 then now() end, 0
from ev;

insert into injury (safety_event, safety_event_key, person_name, organisation_id, injury_class, days_away)
select e.id, 0, 'p', e.organisation_id,
       case when x < 0.0005 then 'FATALITY' when x < 0.065 then 'LOST_TIME' when x < 0.145 then 'RESTRICTED_WORK'
            when x < 0.30 then 'MEDICAL_TREATMENT' else 'FIRST_AID' end,
       case when x < 0.065 then (x * 1000)::int % 60 else 0 end
from (select id, organisation_id, random() x from safety_event where type = 'INCIDENT') e;

insert into hours_worked (id, organisation_id, site_id, month, hours, average_headcount, version)
select gen_random_uuid(), o.id, s.id, m::date, 10000 + random() * 5000, 60, 0
from organisation o
join site s on (o.kind = 'OWNER' or (abs(hashtext(o.name)) % 6) = (substring(s.code from 2))::int
                or (abs(hashtext(o.name || 'x')) % 6) = (substring(s.code from 2))::int)
cross join generate_series(date_trunc('month', now() - interval '10 years'), date_trunc('month', now()), interval '1 month') m;

insert into corrective_action (id, title, source_type, source_category, site_id, owner_person_id,
    responsible_organisation_id, due_date, priority, status, created_at, done_at, version)
select gen_random_uuid(), 't', 'EVENT', case when random() < 0.2 then 'VIOLATION' end,
       ('00000000-0000-0000-0002-' || lpad((g % 6)::text, 12, '0'))::uuid,
       '00000000-0000-0000-0004-000000000000',
       ('00000000-0000-0000-0001-' || lpad((g % 301)::text, 12, '0'))::uuid,
       (c + interval '20 days')::date, 'MEDIUM',
       case when c > now() - interval '60 days' and g % 3 = 0 then 'OPEN'
            when c > now() - interval '60 days' and g % 3 = 1 then 'IN_PROGRESS' else 'VERIFIED' end,
       c, case when c > now() - interval '60 days' and g % 3 < 2 then null else c + interval '15 days' * random() * 2 end, 0
from (select g, now() - random() * interval '3650 days' c from generate_series(1, 500000) g) a;
vacuum analyze;
select count(*) from safety_event; select count(*) from injury; select count(*) from hours_worked;
