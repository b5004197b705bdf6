package io.claimdesk.dashboard;

import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.extraction.ClaimStance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's counts, each one grouped query over the claim table: the number of statements is the same for ten
 * claims or a hundred thousand, and no claim row is ever loaded.
 */
@ApplicationScoped
public class DashboardQuery {

    private final EntityManager em;

    DashboardQuery(EntityManager em) {
        this.em = em;
    }

    /** An outlet with its claims counted per status. */
    public record OutletCounts(String name, long total, Map<ClaimStatus, Long> byStatus) {
    }

    /** Claims published in one month; year and month are null for the claims whose article has no date. */
    public record MonthCount(Integer year, Integer month, long claims) {
    }

    /** One topic's claims, and how many of them are disputed. */
    public record TopicCounts(String topic, long claims, long disputed) {
    }

    /**
     * The matrix of outlet stance against claim stance. Claims of no outlet are counted under an UNKNOWN outlet
     * stance, as the claim list's {@code outletStance=UNKNOWN} takes them, and also counted on their own.
     */
    public record StanceCounts(Map<OutletStance, Map<ClaimStance, Long>> cells, long withoutOutlet) {

        public long count(OutletStance outlet, ClaimStance claim) {
            return cells.getOrDefault(outlet, Map.of()).getOrDefault(claim, 0L);
        }

        public long total() {
            return cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }
    }

    /** The {@code limit} outlets with most claims (most first, then by name), with their counts per status: two statements. */
    public List<OutletCounts> topOutlets(int limit) {
        List<Object[]> top = em.createQuery("select o.id, o.name, count(c) from Claim c join c.outlet o"
                        + " group by o.id, o.name order by count(c) desc, o.name", Object[].class)
                .setMaxResults(limit).getResultList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ClaimStatus, Long>> statuses = new HashMap<>();
        em.createQuery("select c.outlet.id, c.status, count(c) from Claim c where c.outlet.id in :ids"
                        + " group by c.outlet.id, c.status", Object[].class)
                .setParameter("ids", top.stream().map(row -> (Long) row[0]).toList())
                .getResultList()
                .forEach(row -> statuses.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ClaimStatus.class))
                        .put((ClaimStatus) row[1], (Long) row[2]));
        List<OutletCounts> outlets = new ArrayList<>();
        for (Object[] row : top) {
            outlets.add(new OutletCounts((String) row[1], (Long) row[2], statuses.getOrDefault((Long) row[0], Map.of())));
        }
        return outlets;
    }

    /** How many outlets have at least one claim. */
    public long outletsWithClaims() {
        return em.createQuery("select count(distinct c.outlet.id) from Claim c", Long.class).getSingleResult();
    }

    /** Claims per month of their article's published date, in no order; undated claims in one row of nulls. */
    public List<MonthCount> byMonth() {
        return em.createQuery("select year(c.published), month(c.published), count(c) from Claim c"
                        + " group by year(c.published), month(c.published)", Object[].class)
                .getResultList().stream()
                .map(row -> new MonthCount(asInteger(row[0]), asInteger(row[1]), (Long) row[2]))
                .toList();
    }

    public StanceCounts stances() {
        Map<OutletStance, Map<ClaimStance, Long>> cells = new EnumMap<>(OutletStance.class);
        long withoutOutlet = 0;
        // An outlet's stance is never null, so a null stance is a claim of no outlet.
        for (Object[] row : em.createQuery("select o.stance, c.stance, count(c) from Claim c left join c.outlet o"
                + " group by o.stance, c.stance", Object[].class).getResultList()) {
            long n = (Long) row[2];
            OutletStance outlet = row[0] == null ? OutletStance.UNKNOWN : (OutletStance) row[0];
            cells.computeIfAbsent(outlet, k -> new EnumMap<>(ClaimStance.class)).merge((ClaimStance) row[1], n, Long::sum);
            if (row[0] == null) {
                withoutOutlet += n;
            }
        }
        return new StanceCounts(cells, withoutOutlet);
    }

    /** Every topic that has claims, with its disputed ones counted. */
    public List<TopicCounts> topics() {
        return em.createQuery("select t, count(c), sum(case when c.disputed = true then 1 else 0 end)"
                        + " from Claim c join c.topics t group by t", Object[].class)
                .getResultList().stream()
                .map(row -> new TopicCounts((String) row[0], (Long) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    private static Integer asInteger(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
