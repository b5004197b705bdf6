-- Re-extraction of every article as a background job: progress, sums and the articles that failed.
-- Runs unchanged on H2 and PostgreSQL.
create sequence reextraction_job_seq start with 1 increment by 50;
create table reextraction_job (
    id bigint not null primary key,
    state varchar(20) not null,
    total integer not null,
    done integer not null,
    failed integer not null,
    kept integer not null,
    reanchored integer not null,
    fuzzy integer not null,
    orphaned integer not null,
    removed integer not null,
    added integer not null,
    created_by_id bigint not null references account (id),
    created_at timestamp not null,
    finished_at timestamp
);

-- No foreign key to article: an article deleted during the run is itself a failure to report.
create sequence reextraction_failure_seq start with 1 increment by 50;
create table reextraction_failure (
    id bigint not null primary key,
    job_id bigint not null references reextraction_job (id),
    article_id bigint not null,
    reason varchar(2000) not null
);
create index ix_reextraction_failure_job on reextraction_failure (job_id);
