-- What other modules read of corrective actions: kpi's counts of open, overdue, closed and violation actions. A
-- plain column list, folded by PostgreSQL into the queries that read it, so the indexes on corrective_action serve
-- them as before.
create view corrective_action_fact as
select id, site_id, responsible_organisation_id, source_category, status, due_date, created_at, done_at, voided_at
from corrective_action;
