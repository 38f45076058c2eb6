-- Finding people by any part of their name, position or e-mail (ilike '%...%') without reading every row:
-- trigram indexes, measured by bench/people-list (docs/benchmarks.md). pg_trgm is a trusted extension, so the
-- database owner may create it. fastupdate is off so that a bulk import is searchable at full speed at once,
-- not only after autovacuum has merged the pending list; people are added far less often than searched.
create extension if not exists pg_trgm;
create index person_full_name_trigrams on person using gin (full_name gin_trgm_ops) with (fastupdate = off);
create index person_position_trigrams on person using gin (position gin_trgm_ops) with (fastupdate = off);
create index person_email_trigrams on person using gin (email gin_trgm_ops) with (fastupdate = off);
