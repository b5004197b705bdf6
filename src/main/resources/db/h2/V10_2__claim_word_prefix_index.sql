-- Nothing to do on H2: it compares strings by code point, so ix_claim_word_word (V10) already serves
-- "word like 'dron%'" as an index range. PostgreSQL needs a pattern-ops index (db/postgresql has it); the
-- version exists on both so the two databases' migration histories stay alike.
select 1;
