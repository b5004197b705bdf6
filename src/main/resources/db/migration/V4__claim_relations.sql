-- Relations between claims of different articles, found by the matcher and decided by reviewers.
-- Runs unchanged on H2 and PostgreSQL.

create sequence claim_relation_seq start with 1 increment by 50;
create table claim_relation (
    id bigint not null primary key,
    -- As found: the detail reads from the first claim to the second ("60 business people ≠ 120 members").
    from_claim_id bigint not null references claim (id),
    to_claim_id bigint not null references claim (id),
    -- The pair in id order, unique: a pair is suggested once, whichever side found it, and a rejected
    -- suggestion stays rejected when matching runs again.
    low_claim_id bigint not null,
    high_claim_id bigint not null,
    type varchar(20) not null,
    score double precision not null,
    detail varchar(1000),
    -- What the claims share, one item a line: entities, numbers, dates, key terms.
    evidence varchar(4000),
    state varchar(20) not null,
    found_at timestamp not null,
    decided_by_id bigint references account (id),
    decided_at timestamp,
    constraint uq_relation_pair unique (low_claim_id, high_claim_id),
    constraint ck_relation_order check (low_claim_id < high_claim_id)
);
create index ix_relation_high on claim_relation (high_claim_id);
-- The conflicts page: open conflicts and contradictions, newest first.
create index ix_relation_type_state on claim_relation (type, state, id);

-- When the matcher last linked the article's claims to the corpus; null = still to match.
alter table article add column matched_at timestamp;
