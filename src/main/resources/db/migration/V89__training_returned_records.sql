-- The safety department returns a contractor's training record with a comment instead of approving it; the
-- supervisor's correction makes it wait for approval again. A returned record counts no more than a waiting one.
alter table training_record drop constraint training_record_status_check;
alter table training_record
    add constraint training_record_status_check check (status in ('PENDING_APPROVAL', 'APPROVED', 'RETURNED'));
alter table training_record add column returned_comment text;
