-- hours worked by an organisation on a site in a month, and its average headcount there
create table hours_worked (
    id                 uuid primary key,
    organisation_id    uuid          not null references organisation (id),
    site_id            uuid          not null references site (id),
    month              date          not null check (extract(day from month) = 1),
    hours              numeric(12, 1) not null check (hours >= 0),
    average_headcount  numeric(9, 1) check (average_headcount >= 0),
    version            bigint        not null,
    unique (organisation_id, site_id, month)
);
create index hours_worked_by_site on hours_worked (site_id, month);
