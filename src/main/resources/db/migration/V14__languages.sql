-- The language of each article, detected on import or set by an editor: en, es, pt, or und when unsure.
-- A claim keeps its article's language beside it, so the list filters by language through an index.
alter table article add column language varchar(3) default 'und' not null;
alter table claim add column language varchar(3) default 'und' not null;
create index ix_claim_language on claim (language, id);
