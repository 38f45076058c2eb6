-- When a meeting is closed, those on its list of attendees hear of its minutes: rules and ladders may name them.
alter table notification_rule drop constraint notification_rule_role_check;
alter table notification_rule add constraint notification_rule_role_check
    check (role in ('OWNER', 'AREA_MANAGER', 'SITE_HSE', 'SITE_HSE_LEAD', 'SITE_DIRECTOR', 'CONTRACTOR_SUPERVISOR',
                    'MANAGING_DIRECTOR', 'ATTENDEE'));
alter table escalation_step drop constraint escalation_step_role_check;
alter table escalation_step add constraint escalation_step_role_check
    check (role in ('OWNER', 'AREA_MANAGER', 'SITE_HSE', 'SITE_HSE_LEAD', 'SITE_DIRECTOR', 'CONTRACTOR_SUPERVISOR',
                    'MANAGING_DIRECTOR', 'ATTENDEE'));
insert into notification_rule (id, kind, site_id, role, version)
values ('9e1f0000-0000-0000-0000-000000009801', 'meeting.minutes', null, 'ATTENDEE', 0);
