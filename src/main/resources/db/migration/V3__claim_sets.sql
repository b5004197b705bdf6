-- Runs unchanged on H2 and PostgreSQL.

create sequence claim_set_seq start with 1 increment by 50;
create table claim_set (
    id bigint not null primary key,
    name varchar(200) not null,
    description varchar(4000),
    -- The list filter the set was made from (its query string), kept so readers know how it was chosen.
    source_filter varchar(2000),
    -- A verified set exports only its CORROBORATED claims.
    verified_only boolean not null,
    created_by_id bigint not null references account (id),
    created_at timestamp not null
);

create table claim_set_item (
    claim_set_id bigint not null references claim_set (id),
    claim_id bigint not null references claim (id),
    added_at timestamp not null,
    primary key (claim_set_id, claim_id)
);
create index ix_set_item_claim on claim_set_item (claim_id);
