-- The actions' list in its default order (ActionQueries.ORDER: what is still to do, soonest due first, then what was
-- done, latest first), for the enterprise, per site and per responsible organisation (a contractor's scope): a page is
-- read from the index instead of sorting every action, and a page's total is counted from the index alone. Voided
-- actions are listed only when asked for, and then sorted.
create index corrective_action_listed on corrective_action
    ((status in ('DONE', 'VERIFIED')), (case when status in ('OPEN', 'IN_PROGRESS') then due_date end), due_date desc, id)
    where voided_at is null;
create index corrective_action_listed_by_site on corrective_action
    (site_id, (status in ('DONE', 'VERIFIED')), (case when status in ('OPEN', 'IN_PROGRESS') then due_date end),
     due_date desc, id)
    where voided_at is null;
create index corrective_action_listed_by_organisation on corrective_action
    (responsible_organisation_id, (status in ('DONE', 'VERIFIED')),
     (case when status in ('OPEN', 'IN_PROGRESS') then due_date end), due_date desc, id)
    where voided_at is null;
