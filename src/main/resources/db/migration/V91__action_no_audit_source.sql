-- An audit of a contractor is an inspection of its kind (audit module): its findings' actions come from INSPECTION.
-- The AUDIT source never had a lookup, so no action could be raised from it.
alter table corrective_action drop constraint corrective_action_source_type_check;
alter table corrective_action add constraint corrective_action_source_type_check
    check (source_type in ('EVENT', 'MEETING', 'RISK', 'INVESTIGATION', 'STOP_WORK', 'INSPECTION', 'OTHER'));
