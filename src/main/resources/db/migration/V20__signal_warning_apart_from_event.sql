-- A detector's warning is stored first and becomes a safety event afterwards, when the event module hears of it
-- through the event publication registry; so the warning no longer waits for its event to exist.
alter table signal_warning drop constraint signal_warning_event_id_fkey;
