package io.claimdesk.claim;

import io.claimdesk.article.OutletStance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads claim pages. Whatever the page size or depth it runs a fixed number of statements: the count, the page rows
 * (one projection, no entity graph; the date orders read dated and undated claims apart, two statements), and the
 * topics of exactly those rows. Pages reached by a Next link start where the last one ended (keyset), so page 2,000
 * reads 50 index entries, not 100,000; a page asked for by number skips rows (offset).
 */
@ApplicationScoped
public class ClaimQuery {

    private final EntityManager em;

    ClaimQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * Above this many matches a search's rows are read in the list's order, each claim's words probed by the primary
     * key, which stops after a page; below it the word index lists the few matching claims, which are then sorted.
     */
    private static final long PROBE_WORDS_ABOVE = 2_000;

    public ClaimPage page(ClaimFilter filter) {
        long total = count(filter);
        Where where = Where.of(filter, total > PROBE_WORDS_ABOVE);
        ClaimSort.Keyset keyset = filter.sort().keyset;
        boolean byKeyset = keyset != ClaimSort.Keyset.NONE && (filter.after() != null || filter.page() == 1);
        List<ClaimRow> rows;
        if (byKeyset) {
            rows = withTopics(keyset == ClaimSort.Keyset.ID_ASCENDING
                    ? idsFrom(filter, where) : datedThenUndated(filter, where, keyset));
        } else if (total > filter.offset()) {
            rows = withTopics(rows(where, where.clause, filter.sort().orderBy, filter.size())
                    .setFirstResult(filter.offset()).getResultList());
        } else {
            rows = List.of();
        }
        return new ClaimPage(rows, total, filter);
    }

    private List<ClaimRow> idsFrom(ClaimFilter filter, Where where) {
        ClaimCursor after = filter.after();
        TypedQuery<ClaimRow> query = rows(where, after == null ? where.clause : where.and("c.id > :kid"), "c.id asc",
                filter.size());
        return (after == null ? query : query.setParameter("kid", after.id())).getResultList();
    }

    /**
     * A date order's page: dated claims from the cursor on, then as many undated ones (they come last) as the page
     * still has room for. Each statement is a range of a (…, published, id) index in its own order, which an
     * OR across "dated or not" would prevent.
     */
    private List<ClaimRow> datedThenUndated(ClaimFilter filter, Where where, ClaimSort.Keyset keyset) {
        ClaimCursor after = filter.after();
        String beyond = keyset.beyond;
        String direction = keyset.direction;
        List<ClaimRow> page = new ArrayList<>();
        if (after == null || after.published() != null) {
            TypedQuery<ClaimRow> dated = rows(where, where.and(after == null ? "c.published is not null"
                            : "c.published " + beyond + "= :kp and (c.published " + beyond + " :kp or c.id " + beyond + " :kid)"),
                    "c.published " + direction + ", c.id " + direction, filter.size());
            if (after != null) {
                dated.setParameter("kp", after.published()).setParameter("kid", after.id());
            }
            page.addAll(dated.getResultList());
        }
        boolean undatedFromStart = after == null || after.published() != null;
        TypedQuery<ClaimRow> undated = rows(where, where.and("c.published is null"
                + (undatedFromStart ? "" : " and c.id " + beyond + " :kid")), "c.id " + direction, filter.size());
        if (!undatedFromStart) {
            undated.setParameter("kid", after.id());
        }
        page.addAll(undated.getResultList());
        return page.size() > filter.size() ? page.subList(0, filter.size()) : page;
    }

    private TypedQuery<ClaimRow> rows(Where where, String clause, String orderBy, int limit) {
        TypedQuery<ClaimRow> select = em.createQuery(ClaimRow.SELECT + " from Claim c left join c.outlet o"
                + clause + " order by " + orderBy, ClaimRow.class);
        where.bind(select);
        return select.setMaxResults(limit);
    }

    /** How many claims the filter matches. */
    public long count(ClaimFilter filter) {
        if (filter.onlySearchesOneWord()) {
            // The word index answers alone: no claim row is read (a common word matches thousands of them).
            return em.createQuery("select count(distinct w.id.claimId) from ClaimWord w where w.id.word like :word",
                    Long.class).setParameter("word", SearchWords.startingWith(SearchWords.narrowing(filter.q()).get(0)))
                    .getSingleResult();
        }
        Where where = Where.of(filter);
        TypedQuery<Long> count = em.createQuery("select count(c) from Claim c" + where.clause, Long.class);
        where.bind(count);
        return count.getSingleResult();
    }

    /** The claim after (or before) this one in the filter's order, for stepping through a queue. */
    public Optional<Long> neighbour(ClaimFilter filter, long claimId, boolean next) {
        Where where = Where.of(filter);
        TypedQuery<Long> query = em.createQuery("select c.id from Claim c left join c.outlet o"
                + where.and(next ? "c.id > :from" : "c.id < :from") + " order by c.id " + (next ? "asc" : "desc"), Long.class);
        where.bind(query);
        return query.setParameter("from", claimId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Up to {@code limit} claims of the filter with ids above {@code afterId}, in id order: a keyset page. */
    public List<ClaimRow> after(ClaimFilter filter, long afterId, int limit) {
        Where where = Where.of(filter);
        TypedQuery<ClaimRow> query = em.createQuery(ClaimRow.SELECT + " from Claim c left join c.outlet o"
                + where.and("c.id > :after") + " order by c.id", ClaimRow.class);
        where.bind(query);
        return withTopics(query.setParameter("after", afterId).setMaxResults(limit).getResultList());
    }

    /** The ids of the filter's claims above {@code afterId}, in id order, for copying a selection. */
    public List<Long> idsAfter(ClaimFilter filter, long afterId, int limit) {
        Where where = Where.of(filter);
        TypedQuery<Long> query = em.createQuery("select c.id from Claim c left join c.outlet o"
                + where.and("c.id > :after") + " order by c.id", Long.class);
        where.bind(query);
        return query.setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** How many of the filter's claims fall in each status, outlet ("" for unknown) and topic, for a report's summary. */
    public Map<String, Map<String, Long>> summary(ClaimFilter filter) {
        Where where = Where.of(filter);
        Map<String, Map<String, Long>> summary = new LinkedHashMap<>();
        summary.put("status", counts("select cast(c.status as String), count(c) from Claim c left join c.outlet o"
                + where.clause + " group by c.status order by 1", where));
        summary.put("outlet", counts("select coalesce(o.name, ''), count(c) from Claim c left join c.outlet o"
                + where.clause + " group by o.name order by 1", where));
        summary.put("topic", counts("select t, count(c) from Claim c left join c.outlet o join c.topics t"
                + where.clause + " group by t order by 1", where));
        return summary;
    }

    private Map<String, Long> counts(String hql, Where where) {
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class);
        where.bind(query);
        Map<String, Long> counts = new LinkedHashMap<>();
        query.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public Optional<ClaimRow> row(long id) {
        List<ClaimRow> found = em.createQuery(ClaimRow.SELECT + " from Claim c left join c.outlet o where c.id = :id",
                ClaimRow.class).setParameter("id", id).getResultList();
        return withTopics(found).stream().findFirst();
    }

    /** The claims with these ids, in id order, with their topics: two statements whatever the number. */
    public List<ClaimRow> rows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withTopics(em.createQuery(ClaimRow.SELECT + " from Claim c left join c.outlet o where c.id in :ids order by c.id",
                ClaimRow.class).setParameter("ids", ids).getResultList());
    }

    private List<ClaimRow> withTopics(List<ClaimRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> topics = new HashMap<>();
        em.createQuery("select c.id, t from Claim c join c.topics t where c.id in :ids order by t", Object[].class)
                .setParameter("ids", rows.stream().map(ClaimRow::id).toList())
                .getResultList()
                .forEach(pair -> topics.computeIfAbsent((Long) pair[0], k -> new ArrayList<>()).add((String) pair[1]));
        return rows.stream().map(r -> r.withTopics(topics.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The where clause for a filter: fixed fragments joined, every value bound as a parameter. */
    private record Where(String clause, Map<String, Object> params) {

        static Where of(ClaimFilter f) {
            return of(f, false);
        }

        /** With {@code probeWords}, a search checks each claim's words instead of listing the claims of a word. */
        static Where of(ClaimFilter f, boolean probeWords) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (f.article() != null) {
                conditions.add("c.article.id = :article");
                params.put("article", f.article());
            }
            if (f.status() != null) {
                conditions.add("c.status = :status");
                params.put("status", f.status());
            }
            if (f.topic() != null) {
                conditions.add(":topic member of c.topics");
                params.put("topic", f.topic());
            }
            if (f.outlet() != null) {
                // A subquery rather than the outlet join: counting then reads the claim table (and its outlet index) alone.
                conditions.add("c.outlet.id in (select o2.id from Outlet o2 where lower(o2.name) = :outlet)");
                params.put("outlet", f.outlet().toLowerCase(Locale.ROOT));
            }
            if (f.stance() != null) {
                conditions.add("c.stance = :stance");
                params.put("stance", f.stance());
            }
            if (f.disputed() != null) {
                conditions.add("c.disputed = :disputed");
                params.put("disputed", f.disputed());
            }
            if (f.kind() != null) {
                conditions.add("c.kind = :kind");
                params.put("kind", f.kind());
            }
            if (f.checkable() != null) {
                conditions.add("c.checkable = :checkable");
                params.put("checkable", f.checkable());
            }
            if (f.attributedTo() != null) {
                conditions.add("c.attributedTo = :attributedTo");
                params.put("attributedTo", f.attributedTo());
            }
            if (f.reviewersDisagree() != null) {
                conditions.add("c.reviewersDisagree = :disagree");
                params.put("disagree", f.reviewersDisagree());
            }
            if (f.orphaned() != null) {
                conditions.add("c.orphaned = :orphaned");
                params.put("orphaned", f.orphaned());
            }
            if (f.outletStance() != null) {
                String ofStance = "c.outlet.id in (select o3.id from Outlet o3 where o3.stance = :outletStance)";
                conditions.add(f.outletStance() == OutletStance.UNKNOWN ? "(" + ofStance + " or c.outlet is null)" : ofStance);
                params.put("outletStance", f.outletStance());
            }
            if (f.publishedFrom() != null) {
                conditions.add("c.published >= :publishedFrom");
                params.put("publishedFrom", f.publishedFrom());
            }
            if (f.publishedTo() != null) {
                conditions.add("c.published <= :publishedTo");
                params.put("publishedTo", f.publishedTo());
            }
            if (f.undated() != null) {
                conditions.add(f.undated() ? "c.published is null" : "c.published is not null");
            }
            if (f.reviewedBy() != null) {
                conditions.add("exists (select 1 from Verdict v where v.claim = c and v.reviewer.id = :reviewer"
                        + " and v.current = true)");
                params.put("reviewer", f.reviewedBy());
            }
            if (f.inSet() != null) {
                conditions.add("exists (select 1 from ClaimSetItem i where i.id.setId = :set and i.id.claimId = c.id)");
                params.put("set", f.inSet());
            }
            if (f.q() != null) {
                // The word index narrows to the claims holding the search's longest words; the phrase is then
                // checked on those claims only (a one-word search is the word index's answer already).
                List<String> words = SearchWords.narrowing(f.q());
                for (int i = 0; i < words.size(); i++) {
                    conditions.add(probeWords
                            ? "exists (select 1 from ClaimWord w where w.id.claimId = c.id and w.id.word like :word" + i + ")"
                            : "c.id in (select w.id.claimId from ClaimWord w where w.id.word like :word" + i + ")");
                    params.put("word" + i, SearchWords.startingWith(words.get(i)));
                }
                if (!SearchWords.isOneWord(f.q())) {
                    conditions.add("lower(c.text) like :q escape '\\'");
                    params.put("q", "%" + escapeLike(f.q().toLowerCase(Locale.ROOT)) + "%");
                }
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        /** The clause with one more fixed condition. */
        String and(String condition) {
            return (clause.isEmpty() ? " where " : clause + " and ") + condition;
        }

        void bind(TypedQuery<?> query) {
            params.forEach(query::setParameter);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
