-- What other modules read of safety events and their injured people: kpi's figures and its board of open early
-- warnings. Views keep the tables this module's own to change. They are plain column lists, which PostgreSQL folds
-- into the queries that read them, so the indexes on safety_event and injury serve those queries as before.
create view safety_event_fact as
select id, type, status, occurred_at, site_id, area_id, organisation_id, equipment_id, voided_at
from safety_event;

create view injury_fact as
select safety_event, injury_class, days_away, organisation_id
from injury;
