-- Plants check their critical controls weekly or monthly, which a cadence in months cannot say: the cadence is kept in
-- days (1 to 731, two years, as the months allowed). Only a critical control has one, with its performance standard;
-- the months column held no data (nothing wrote controls before this) and is dropped so that there is one cadence.
alter table risk_control add column cadence_days integer check (cadence_days between 1 and 731);
update risk_control set cadence_days = cadence_months * 30;
alter table risk_control drop column cadence_months;
alter table risk_control add constraint risk_control_critical_has_standard
    check (not critical or (cadence_days is not null and performance_standard is not null));

-- When it was last verified, so that "overdue" (last verification older than the cadence) is read without a scan.
alter table risk_control add column last_verified_at timestamptz;

-- A failed verification raises one action on the control's owner: which one, for the control's page.
alter table control_verification add column action_id uuid;
