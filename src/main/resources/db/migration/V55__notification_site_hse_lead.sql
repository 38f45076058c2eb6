-- Rules and ladder steps may name a site's HSE lead (the site's safety department when the site names none). The
-- stop of work's 15-minute step goes to the lead instead of the safety department, which was told at once already.
alter table notification_rule drop constraint notification_rule_role_check;
alter table notification_rule add constraint notification_rule_role_check
    check (role in ('OWNER', 'AREA_MANAGER', 'SITE_HSE', 'SITE_HSE_LEAD', 'SITE_DIRECTOR', 'CONTRACTOR_SUPERVISOR',
                    'MANAGING_DIRECTOR'));
alter table escalation_step drop constraint escalation_step_role_check;
alter table escalation_step add constraint escalation_step_role_check
    check (role in ('OWNER', 'AREA_MANAGER', 'SITE_HSE', 'SITE_HSE_LEAD', 'SITE_DIRECTOR', 'CONTRACTOR_SUPERVISOR',
                    'MANAGING_DIRECTOR'));

update escalation_step set role = 'SITE_HSE_LEAD'
where escalation_ladder = 'e5ca0000-0000-0000-0000-000000005701' and after_minutes = 15 and role = 'SITE_HSE';
