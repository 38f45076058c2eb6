-- A contractor's or a site's figures of a period, read by an index led by the organisation or the site and then the
-- time, instead of walking the whole enterprise's period and keeping the scope's rows (V10 keeps those indexes for
-- the enterprise). A contractor's dashboard reads some hundred rows instead of the enterprise's year of hours and
-- actions (docs/benchmarks.md).
create index hours_worked_by_organisation on hours_worked (organisation_id, month);
create index corrective_action_closed_by_organisation on corrective_action (responsible_organisation_id, done_at)
    include (due_date) where status in ('DONE', 'VERIFIED') and voided_at is null;
create index corrective_action_closed_by_site on corrective_action (site_id, done_at)
    include (due_date) where status in ('DONE', 'VERIFIED') and voided_at is null;
create index corrective_action_violations_by_organisation on corrective_action (responsible_organisation_id, created_at)
    include (status) where source_category = 'VIOLATION' and voided_at is null;
create index corrective_action_violations_by_site on corrective_action (site_id, created_at)
    include (status) where source_category = 'VIOLATION' and voided_at is null;
