-- The person who reported an event, so that its page can name them to those allowed to know: people without an
-- account (reports made for them, the demo plant's people) have no user id. Anonymous reports keep neither.
alter table safety_event add column reporter_person_id uuid;
