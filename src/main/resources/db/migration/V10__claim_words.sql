-- Text search (q) through an index: each claim's distinct words (lower-cased letters and digits, common words
-- left out; see SearchWords). A search narrows to the claims holding its words by the (word, claim) index, then
-- checks the phrase on those claims only. Filled for existing claims by V10_1 (Java: the same tokenizer).
create table claim_word (
    claim_id bigint not null references claim (id),
    word varchar(40) not null,
    primary key (claim_id, word)
);
create index ix_claim_word_word on claim_word (word, claim_id);
