-- The enterprise's managing director, whom notifications for the managing director reach: a person of the owner
-- company, chosen by an administrator; none until chosen.
alter table enterprise add column managing_director_id uuid references person (id);
