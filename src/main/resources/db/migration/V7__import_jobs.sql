-- Bulk imports: a zip of articles imported in the background, each article its own transaction.
-- Runs unchanged on H2 and PostgreSQL.
create sequence import_job_seq start with 1 increment by 50;
create table import_job (
    id bigint not null primary key,
    source_name varchar(400) not null,
    state varchar(20) not null,
    total integer not null,
    done integer not null,
    failed integer not null,
    created_by_id bigint not null references account (id),
    created_at timestamp not null,
    finished_at timestamp
);

create sequence import_failure_seq start with 1 increment by 50;
create table import_failure (
    id bigint not null primary key,
    job_id bigint not null references import_job (id),
    entry_name varchar(1000) not null,
    reason varchar(2000) not null
);
create index ix_import_failure_job on import_failure (job_id);
