-- A meeting is held in a language, chosen when it is opened (the plant's language by default): its minutes are written
-- in it whoever reads them. The meetings held before are taken to have been held in the plant's language.
alter table meeting_record add column language text check (language in ('en', 'ru'));
update meeting_record set language = coalesce((select language from enterprise limit 1), 'ru');
alter table meeting_record alter column language set not null;
