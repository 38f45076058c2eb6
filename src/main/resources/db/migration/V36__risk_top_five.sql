-- The top-5 risks of a site, as its director chose them: one row per site (its id is the site's), the chosen risks
-- ranked from 1. Changing the choice is kept in the history like any record's change.
create table risk_top_five (
    id      uuid primary key references site (id),
    version bigint not null
);

create table risk_top_five_entry (
    risk_top_five uuid    not null references risk_top_five (id),
    rank          integer not null check (rank between 0 and 4),
    risk_id       uuid    not null references risk_entry (id),
    primary key (risk_top_five, rank)
);
create index risk_top_five_by_risk on risk_top_five_entry (risk_id);
