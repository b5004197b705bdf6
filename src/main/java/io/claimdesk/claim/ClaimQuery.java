package io.claimdesk.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
            SearchWords.Searched word = SearchWords.narrowing(filter.get(ClaimField.Q)).get(0);
            TypedQuery<Long> count = em.createQuery("select count(distinct ids.claimId) from (" + word.claimIds("word") + ") ids",
                    Long.class);
            word.params("word").forEach(count::setParameter);
            return count.getSingleResult();
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
            ClaimConditions conditions = new ClaimConditions(probeWords);
            ClaimField.all().forEach(field -> field.addTo(conditions, f));
            return new Where(conditions.clause(), conditions.params());
        }

        /** The clause with one more fixed condition. */
        String and(String condition) {
            return (clause.isEmpty() ? " where " : clause + " and ") + condition;
        }

        void bind(TypedQuery<?> query) {
            params.forEach(query::setParameter);
        }
    }
}
