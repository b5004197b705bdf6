-- The same body text reached through another site is a repost: stored, and linked to the first copy so
-- that both count as one origin. Runs unchanged on H2 and PostgreSQL.
alter table article add column body_sha256 varchar(64);
alter table article add column repost_of_id bigint references article (id);
create index ix_article_body_sha256 on article (body_sha256);
