-- how the enterprise counts its safety figures and whether workers may report without their name
alter table enterprise add column anonymous_reporting boolean not null default false;
alter table enterprise add column lti_counts_fatalities boolean not null default true;
alter table enterprise add column days_without_trigger text not null default 'LTI'
    check (days_without_trigger in ('FATALITY', 'LTI', 'RECORDABLE', 'ANY_INJURY'));
