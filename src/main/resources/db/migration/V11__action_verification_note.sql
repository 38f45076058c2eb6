-- Why a verifier sent an action back (or what they noted on verifying it): kept with the action and its history.
alter table corrective_action add column verification_note text;
create index corrective_action_reminders on corrective_action (due_date)
    where voided_at is null and status in ('OPEN', 'IN_PROGRESS');
