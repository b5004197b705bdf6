-- API tokens: integrators send "Authorization: Bearer <token>" instead of a password on every request.
-- Only the token's SHA-256 is kept: a 256-bit random token needs no slow hash, and a lookup by hash is one
-- index probe. Runs unchanged on H2 and PostgreSQL.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id bigint not null primary key,
    account_id bigint not null references account (id),
    name varchar(200) not null,
    token_sha256 varchar(64) not null,
    -- The token's first characters, shown in lists so an admin can tell tokens apart; too short to use.
    prefix varchar(12) not null,
    created_by_id bigint not null references account (id),
    created_at timestamp not null,
    revoked_at timestamp,
    -- Written at most once a minute per token, so a busy integrator does not cause a write per request.
    last_used_at timestamp,
    constraint uk_api_token_sha256 unique (token_sha256)
);
create index ix_api_token_account on api_token (account_id);
