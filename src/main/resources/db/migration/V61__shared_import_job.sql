-- Imports and how far each has come, kept where every node reads them: a job's progress is asked for on whichever node
-- a request reaches. The node that runs a job marks it alive every second (alive_at); a job whose node stopped marking
-- it (the node was restarted or failed) is ended as interrupted by whoever reads it next. Its rows were written in one
-- transaction, so it wrote nothing.
create table import_job (
    id            uuid primary key,
    kind          text        not null,
    user_id       uuid        not null,
    stage         text        not null,
    rows_read     integer     not null default 0,
    rows_written  integer     not null default 0,
    rows_total    integer     not null default 0,
    created       integer,
    updated       integer,
    unchanged     integer,
    wrong_cells   integer     not null default 0,
    -- every wrong cell the report lists: row, column, message code and arguments
    errors        jsonb       not null default '[]',
    -- why the file was refused as a whole: message code and arguments
    problem       jsonb,
    started_at    timestamptz not null,
    alive_at      timestamptz not null,
    ended_at      timestamptz
);

create index import_job_ended on import_job (ended_at);
