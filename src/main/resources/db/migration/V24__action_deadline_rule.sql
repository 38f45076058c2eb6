-- When a corrective action is pending, overdue, due soon or done on time: the one definition that the action lists,
-- pages and API, the reminders and the safety figures all ask, from SQL and from Java (ActionQueries.timeliness).
-- "Today" is the enterprise's date, which the caller passes; a due date is a day of the enterprise's time zone.
-- Simple SQL functions are inlined into the queries that call them, so the partial indexes on corrective_action
-- serve those queries as they served the expressions these replace.
create function action_pending(status text, voided_at timestamptz) returns boolean
    language sql immutable parallel safe
    as $$ select status in ('OPEN', 'IN_PROGRESS') and voided_at is null $$;

-- Pending, and due before today.
create function action_overdue(status text, voided_at timestamptz, due_date date, today date) returns boolean
    language sql immutable parallel safe
    as $$ select action_pending(status, voided_at) and due_date < today $$;

-- Pending, and due from today to the last day of the reminder window.
create function action_due_soon(status text, voided_at timestamptz, due_date date, today date, horizon date)
    returns boolean
    language sql immutable parallel safe
    as $$ select action_pending(status, voided_at) and due_date between today and horizon $$;

-- Done on or before its due date, in the enterprise's time zone; null while not done.
create function action_done_on_time(done_at timestamptz, due_date date, zone text) returns boolean
    language sql immutable parallel safe
    as $$ select (done_at at time zone zone)::date <= due_date $$;
