-- What was fetched for an article imported from a link: the bytes as the site sent them (GZIP-compressed), their
-- SHA-256 and the headers a re-fetch compares. One row per fetch: a re-fetch adds a row, none is ever replaced.
-- Runs unchanged on H2 and PostgreSQL (bytea is H2's name for varbinary too).
create sequence article_snapshot_seq start with 1 increment by 50;
create table article_snapshot (
    id bigint not null primary key,
    article_id bigint not null references article (id),
    fetched_at timestamp not null,
    requested_url varchar(2000) not null,
    final_url varchar(2000) not null,
    http_status integer not null,
    content_type varchar(200) not null,
    charset varchar(100),
    etag varchar(500),
    last_modified varchar(100),
    sha256 varchar(64) not null,
    body bytea not null,
    size integer not null
);
create index ix_article_snapshot_article on article_snapshot (article_id);

-- A link imported again is found by the article's URL (its canonical URL, without tracking parameters).
create index ix_article_url on article (url);
