-- Actions raised on an inspection's findings (the audit module's source lookup finds the inspection).
alter table corrective_action drop constraint corrective_action_source_type_check;
alter table corrective_action add constraint corrective_action_source_type_check
    check (source_type in ('EVENT', 'AUDIT', 'MEETING', 'RISK', 'INVESTIGATION', 'STOP_WORK', 'INSPECTION', 'OTHER'));
