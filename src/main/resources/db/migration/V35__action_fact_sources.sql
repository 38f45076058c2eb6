-- What other modules read of an action's origin and outcome: the risk module's roadmaps of the top-5 risks are the
-- actions raised on each risk, with their owners, titles and the moment each was verified. A view may only gain
-- columns at its end, so the columns of V22 stay first as they were.
create or replace view corrective_action_fact as
select id, site_id, responsible_organisation_id, source_category, status, due_date, created_at, done_at, voided_at,
       source_type, source_id, owner_person_id, title, verified_at
from corrective_action;
