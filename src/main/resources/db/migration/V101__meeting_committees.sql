-- A site's safety committee (its id is the site's): its members, people of the owner company and perhaps a
-- contractor's supervisor invited, and its schedule, once a month on a day at a time on the site's clock. Its meetings
-- are meeting records of kind COMMITTEE: a site's, with no engagement and no contractor of their own.
create table meeting_committee (
    id            uuid primary key references site (id),
    day_of_month  integer not null check (day_of_month between 1 and 28),
    meets_at      text    not null,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint  not null
);

create table meeting_committee_member (
    meeting_committee     uuid    not null references meeting_committee (id),
    meeting_committee_key integer not null,
    person_id             uuid    not null references person (id),
    organisation_id       uuid    not null references organisation (id),
    primary key (meeting_committee, meeting_committee_key)
);

alter table meeting_record add constraint meeting_record_committee_check
    check (kind <> 'COMMITTEE' or (engagement_id is null and organisation_id is null));
create index meeting_record_committee_by_site on meeting_record (site_id, held_at)
    where kind = 'COMMITTEE' and voided_at is null;
