-- Why a contractor was moved to its current status (suspended for an expired certificate, offboarded at the end of its
-- contract...): every change of status gives one, and the history keeps each with the change.
alter table organisation add column status_reason text;
