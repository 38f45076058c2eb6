-- How many files prove a training record (a certificate's scan, a photo of a signed sheet): a file added is a change
-- of the record, kept in its history with who added it, and makes an approval of what was read before it stale.
alter table training_record add column evidence_files integer not null default 0;
update training_record t
set evidence_files = (select count(*) from training_evidence e where e.record_id = t.id)
where exists (select 1 from training_evidence e where e.record_id = t.id);
