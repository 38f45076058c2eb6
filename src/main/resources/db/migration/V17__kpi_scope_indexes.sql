-- A contractor's or a site's figures of a period, read by an index led by the organisation or the site and then the
-- time, instead of a time index over the whole enterprise (V10 keeps those for the enterprise) or every closed
-- action the organisation ever had (docs/benchmarks.md).
create index hours_worked_by_organisation on hours_worked (organisation_id, month);
create index corrective_action_closed_by_organisation on corrective_action (responsible_organisation_id, done_at)
    include (due_date) where status in ('DONE', 'VERIFIED') and voided_at is null;
create index corrective_action_closed_by_site on corrective_action (site_id, done_at)
    include (due_date) where status in ('DONE', 'VERIFIED') and voided_at is null;
create index corrective_action_violations_by_organisation on corrective_action (responsible_organisation_id, created_at)
    include (status) where source_category = 'VIOLATION' and voided_at is null;
create index corrective_action_violations_by_site on corrective_action (site_id, created_at)
    include (status) where source_category = 'VIOLATION' and voided_at is null;
