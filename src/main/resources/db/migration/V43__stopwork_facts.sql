-- The stops as the figures read them: where, whose work, and when each step was taken. Who raised a stop is left out
-- on purpose: no figure, dashboard or screen names or counts the initiator.
create view stop_work_fact as
select id, site_id, area_id, organisation_id, status, raised_at, acknowledged_at, resolved_as, resumed_at, judged_at,
       risk_id is not null as risk_linked, voided_at
from stop_work;
