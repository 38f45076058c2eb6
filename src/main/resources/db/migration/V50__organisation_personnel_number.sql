-- A person's number in the books of their organisation (a payroll or pass number): how the plant's spreadsheets name
-- people, for instance in an import of training records. Optional; unique within the organisation, whatever its case.
alter table person add column personnel_number text;
create unique index person_personnel_number on person (organisation_id, lower(personnel_number))
    where personnel_number is not null;
