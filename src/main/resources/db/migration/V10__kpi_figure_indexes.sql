-- Indexes for the safety figures (kpi FigureQueries). Dashboards read months of a plant with millions of events,
-- so each figure walks a narrow, partial index instead of the event or action table.

-- Injuries exist only on incidents: injury figures walk the incidents of a period (enterprise or site) in an
-- index-only scan and reach their injuries by the injury primary key, never every event. "Days without" walks them
-- back from the latest. (voided_at is included, always null, because PostgreSQL 15 plans no index-only scan on a
-- partial index whose predicate tests it otherwise.)
create index safety_event_incident_at on safety_event (occurred_at)
    include (id, site_id, area_id, voided_at) where type = 'INCIDENT' and voided_at is null;
create index safety_event_incident_by_site on safety_event (site_id, occurred_at)
    include (id, area_id, voided_at) where type = 'INCIDENT' and voided_at is null;

-- Near misses and the reporting rate count the current events of a period by type, and by organisation for the
-- split into own staff and contractors: index-only scans for the enterprise, a site and an area. Kept narrow: the
-- enterprise's year is some 200,000 entries, and their width is what the scan costs.
create index safety_event_current_at on safety_event (occurred_at)
    include (type, organisation_id) where voided_at is null;
create index safety_event_current_by_site on safety_event (site_id, occurred_at)
    include (type, organisation_id) where voided_at is null;
create index safety_event_current_by_area on safety_event (area_id, occurred_at)
    include (type, organisation_id) where voided_at is null and area_id is not null;

-- "Days without" of an organisation: the last injury of the trigger classes among its people's few.
create index injury_by_class on injury (injury_class, organisation_id);

-- The enterprise's hours of a period (sites and organisations have their own indexes already).
create index hours_worked_by_month on hours_worked (month);

-- Open and overdue actions are few among all actions ever; closed ones are counted by the day they were done;
-- violation elimination counts actions raised on violations by the day they were raised.
create index corrective_action_open on corrective_action (due_date)
    include (site_id, responsible_organisation_id) where status in ('OPEN', 'IN_PROGRESS') and voided_at is null;
create index corrective_action_closed on corrective_action (done_at)
    include (due_date, site_id, responsible_organisation_id)
    where status in ('DONE', 'VERIFIED') and voided_at is null;
create index corrective_action_violations on corrective_action (created_at)
    include (status, site_id, responsible_organisation_id)
    where source_category = 'VIOLATION' and voided_at is null;
