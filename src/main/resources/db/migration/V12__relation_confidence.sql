-- Issue 9b/16: a relation's score is its calibrated confidence (how often suggestions like it are right on the
-- hand-annotated pairs), lowered by reviewers' rejections of similar suggestions; the conflicts page shows the
-- strongest first and hides suggestions below a threshold editors set. Runs unchanged on H2 and PostgreSQL.

-- The confidence as the matcher found it; score = confidence halved once per rejection that lowered it.
alter table claim_relation add column confidence double precision;
update claim_relation set confidence = score;
alter table claim_relation alter column confidence set not null;
alter table claim_relation add column lowered integer default 0 not null;

-- Which rejection lowered which suggestion, so that reversing the rejection raises them again.
create table relation_lowering (
    rejected_id bigint not null references claim_relation (id) on delete cascade,
    lowered_id bigint not null references claim_relation (id) on delete cascade,
    primary key (rejected_id, lowered_id)
);
create index ix_relation_lowering_lowered on relation_lowering (lowered_id);

-- The conflicts page: open conflicts and contradictions, strongest first.
create index ix_relation_type_state_score on claim_relation (type, state, score, id);

-- Settings an editor changes for the whole desk, as text; who changed each last and when.
create table desk_setting (
    name varchar(100) not null primary key,
    setting_value varchar(1000) not null,
    updated_by_id bigint references account (id),
    updated_at timestamp not null
);
