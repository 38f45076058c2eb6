-- The area a person works in, on their own site (none for those who work all over it): the area's owner is their line
-- manager, and what work in the area requires is required of them.
alter table person add column area_id uuid references area (id);
create index person_by_area on person (area_id) where area_id is not null;
