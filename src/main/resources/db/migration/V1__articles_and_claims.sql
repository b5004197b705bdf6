-- Runs unchanged on H2 and PostgreSQL.

create sequence outlet_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence article_segment_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;

create table outlet (
    id bigint not null primary key,
    name varchar(200) not null,
    stance varchar(16) not null,
    -- false while the stance is the extractor's suggestion; true once an editor has set it.
    stance_confirmed boolean not null,
    stance_evidence varchar(2000),
    constraint uk_outlet_name unique (name)
);

create table article (
    id bigint not null primary key,
    sha256 varchar(64) not null,
    text varchar(10000000) not null,
    title varchar(1000),
    title_evidence varchar(2000),
    author varchar(300),
    author_evidence varchar(2000),
    published date,
    published_evidence varchar(2000),
    outlet_id bigint references outlet (id),
    outlet_evidence varchar(2000),
    -- The extractor's reading of this article's own voice toward the subject, with the phrases behind it.
    stance_suggestion varchar(16) not null,
    stance_evidence varchar(2000),
    url varchar(2000),
    source_name varchar(500),
    imported_at timestamp not null,
    version integer not null,
    constraint uk_article_sha256 unique (sha256)
);
create index ix_article_outlet on article (outlet_id);
create index ix_article_published on article (published, id);

-- Each block of an article's text, classified by the extractor as body or page furniture.
create table article_segment (
    id bigint not null primary key,
    article_id bigint not null references article (id),
    start_offset integer not null,
    end_offset integer not null,
    furniture boolean not null,
    rule varchar(100) not null
);
create index ix_segment_article on article_segment (article_id, start_offset);

create table claim (
    id bigint not null primary key,
    article_id bigint not null references article (id),
    -- Copies of the article's outlet and date: the list filters and sorts by them at 100,000 claims,
    -- and an index on the claim row serves that without a join. Kept in step by Article.
    outlet_id bigint references outlet (id),
    published date,
    start_offset integer not null,
    end_offset integer not null,
    exact varchar(20000) not null,
    prefix varchar(400) not null,
    suffix varchar(400) not null,
    text varchar(20000) not null,
    kind varchar(16) not null,
    checkable boolean not null,
    checkworthiness double precision not null,
    -- The features behind the score, comma-separated (e.g. number,date,reporting-verb).
    features varchar(500) not null,
    stance varchar(16) not null,
    attributed_to varchar(300),
    via varchar(300),
    disputed boolean not null,
    disputed_reason varchar(500),
    status varchar(16) not null,
    constraint uk_claim_anchor unique (article_id, start_offset, end_offset)
);
create index ix_claim_published on claim (published, id);
create index ix_claim_outlet on claim (outlet_id, published, id);
create index ix_claim_status on claim (status, published, id);
create index ix_claim_stance on claim (stance, published, id);
create index ix_claim_disputed on claim (disputed, published, id);
create index ix_claim_kind on claim (kind, published, id);
create index ix_claim_attributed on claim (attributed_to, published, id);

create table claim_topic (
    claim_id bigint not null references claim (id),
    topic varchar(40) not null,
    primary key (claim_id, topic)
);
create index ix_claim_topic_topic on claim_topic (topic, claim_id);
