-- Indexes for the safety figures (kpi FigureQueries). Dashboards read months of a plant with millions of events,
-- so each figure walks a narrow, partial index instead of the event or action table.

-- Injuries exist only on incidents: injury figures and "days without" walk the incidents of a period (enterprise
-- or site) and reach their injuries by the injury primary key, never every event.
create index safety_event_incident_at on safety_event (occurred_at)
    include (site_id, area_id) where type = 'INCIDENT' and voided_at is null;
create index safety_event_incident_by_site on safety_event (site_id, occurred_at)
    include (area_id) where type = 'INCIDENT' and voided_at is null;

-- Near misses and the reporting rate count current events of a period by type: index-only scans for the enterprise,
-- a site and an area (an area has no index of its own yet).
create index safety_event_current_at on safety_event (occurred_at)
    include (type, site_id, area_id, organisation_id) where voided_at is null;
create index safety_event_current_by_site on safety_event (site_id, occurred_at)
    include (type, organisation_id) where voided_at is null;
create index safety_event_current_by_area on safety_event (area_id, occurred_at)
    include (type, organisation_id) where voided_at is null and area_id is not null;

-- "Days without": the last injury of the trigger classes, found among few rows (LTIs are rare).
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
