-- A site's register filtered by status and sorted by band ("what is assessed on my site, worst first") read and
-- sorted every risk of the site in that status: 56 ms of SQL for 5,285 ASSESSED risks of a site of 8,400, at load 11.
-- This index hands them over in the list's order (the band, then the default order), so a page reads its 20 rows
-- and the count is taken from the index alone.
create index risk_by_site_status_band on risk_entry
    (site_id, status, band_rank desc, fatal desc, severity desc nulls last, likelihood desc nulls last, created_at, id)
    where voided_at is null;
