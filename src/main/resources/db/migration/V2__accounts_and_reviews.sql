-- Runs unchanged on H2 and PostgreSQL.

create sequence account_seq start with 1 increment by 50;
create table account (
    id bigint not null primary key,
    username varchar(100) not null,
    password_hash varchar(200) not null,
    role varchar(16) not null,
    enabled boolean not null,
    must_change_password boolean not null,
    created_at timestamp not null,
    constraint uk_account_username unique (username)
);

create sequence verdict_seq start with 1 increment by 50;
create table verdict (
    id bigint not null primary key,
    claim_id bigint not null references claim (id),
    reviewer_id bigint not null references account (id),
    verdict varchar(16) not null,
    rationale varchar(10000) not null,
    evidence varchar(4000),
    attribution varchar(16) not null,
    -- An editor's final word on a claim whose reviewers disagree.
    settlement boolean not null,
    -- False once the same reviewer gave a newer verdict (or the editor a newer settlement); kept for history.
    is_current boolean not null,
    created_at timestamp not null
);
create index ix_verdict_claim on verdict (claim_id, is_current);
create index ix_verdict_reviewer on verdict (reviewer_id, is_current, claim_id);

-- Copy of "current verdicts both corroborate and contest, and no editor has settled": the review queue filters on it.
alter table claim add column reviewers_disagree boolean default false not null;
create index ix_claim_disagree on claim (reviewers_disagree, published, id);

create sequence claim_comment_seq start with 1 increment by 50;
create table claim_comment (
    id bigint not null primary key,
    claim_id bigint not null references claim (id),
    author_id bigint not null references account (id),
    parent_id bigint references claim_comment (id),
    body varchar(10000) not null,
    created_at timestamp not null,
    edited_at timestamp,
    deleted boolean not null
);
create index ix_comment_claim on claim_comment (claim_id, created_at);

-- Who changed what, when, from what to what. Rows are only ever added.
create sequence history_entry_seq start with 1 increment by 50;
create table history_entry (
    id bigint not null primary key,
    at timestamp not null,
    actor_id bigint references account (id),
    action varchar(40) not null,
    claim_id bigint references claim (id),
    article_id bigint references article (id),
    account_id bigint references account (id),
    before_value varchar(20000),
    after_value varchar(20000)
);
create index ix_history_claim on history_entry (claim_id, at);
create index ix_history_article on history_entry (article_id, at);
