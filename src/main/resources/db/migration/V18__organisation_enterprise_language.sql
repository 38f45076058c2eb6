-- The language of the texts Tandem writes by itself, such as the description of an early warning: the plant's
-- language, whatever the language of the person reading.
alter table enterprise add column language text not null default 'ru' check (language in ('en', 'ru'));
