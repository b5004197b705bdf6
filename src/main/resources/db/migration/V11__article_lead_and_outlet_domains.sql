-- The start of an article's first sentence, shown as "Untitled: …" where the text states no title (filled for the
-- articles stored before by V11_1, with the same extractor).
alter table article add column lead varchar(200);

-- The web domains an outlet's articles came from, so that a link from a known domain names its outlet.
create table outlet_domain (
    domain varchar(253) not null primary key,
    outlet_id bigint not null references outlet (id)
);
create index ix_outlet_domain_outlet on outlet_domain (outlet_id);
