-- PostgreSQL reads "word like 'dron%'" as a range of a btree index only in the C collation; databases are often
-- created in another (en_US.UTF-8, C.UTF-8 on PostgreSQL 15), so the word index also gets a pattern-ops twin.
-- H2 compares strings by code point and uses ix_claim_word_word as it is (db/h2 holds the no-op twin).
create index ix_claim_word_prefix on claim_word (word varchar_pattern_ops, claim_id);
