-- A site's HSE lead: the person of the owner company whom an unanswered stop of work (and any ladder step naming the
-- lead) reaches after its first quarter of an hour. Optional: a site that names nobody falls back on its safety
-- department.
alter table site add column hse_lead_id uuid references person (id);
