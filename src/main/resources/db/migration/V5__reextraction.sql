-- Re-extraction: the extractor runs again over stored texts; claims reviewers touched keep their rows.
-- Runs unchanged on H2 and PostgreSQL.

-- True when a re-extraction could not find the claim's quote in its article's text again. The claim keeps its
-- last anchor, verdicts, comments and history until an editor resolves it.
alter table claim add column orphaned boolean default false not null;
create index ix_claim_orphaned on claim (orphaned, published, id);

-- One claim per place is kept by the re-extraction from now on, not by the schema: an orphan keeps the offsets
-- it was last anchored at, and the new run may draw a claim at the very same place.
create index ix_claim_article on claim (article_id, start_offset, end_offset);
alter table claim drop constraint uk_claim_anchor;
