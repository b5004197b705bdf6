package io.claimdesk.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's rejection lowers the suggestions like it: of the same type, and sharing a claim with the rejected
 * one or joining the same two articles (one denial read against a dozen unrelated sentences; an alphabetical list
 * read as an itinerary once per claim). Each such rejection halves the suggestion's score, so a few of them sink it
 * below the conflicts page's threshold; reversing the rejection raises them again. Suggestions found later are
 * lowered by the rejections already made on their claims.
 */
@ApplicationScoped
class Lowering {

    /** What one rejection leaves of a similar suggestion's score. */
    static final double FACTOR = 0.5;
    /** Suggestions one rejection may lower: those of its claims and its two articles, more would be another story. */
    private static final int MAX_LOWERED = 500;

    private final EntityManager em;

    Lowering(EntityManager em) {
        this.em = em;
    }

    static double score(double confidence, int lowered) {
        return confidence * Math.pow(FACTOR, lowered);
    }

    /** Lowers the open suggestions similar to a relation a reviewer has just rejected; returns how many. */
    int afterRejection(ClaimRelation rejected) {
        Map<Long, ClaimRelation> similar = new LinkedHashMap<>();
        List<Long> claims = List.of(rejected.lowClaimId, rejected.highClaimId);
        // one statement a side, each on its own index
        for (String side : List.of("lowClaimId", "highClaimId")) {
            suggestions("r." + side + " in :claims", claims, rejected.type).forEach(r -> similar.put(r.id, r));
        }
        List<Long> ofBothArticles = em.createQuery("select c.id from Claim c where c.article.id in :articles", Long.class)
                .setParameter("articles", List.of(rejected.fromClaim.article.id, rejected.toClaim.article.id))
                .getResultList();
        suggestions("r.lowClaimId in :claims and r.highClaimId in :claims", ofBothArticles, rejected.type)
                .forEach(r -> similar.put(r.id, r));
        similar.remove(rejected.id);
        Set<Long> already = Set.copyOf(em.createQuery(
                        "select l.loweredId from RelationLowering l where l.rejectedId = :id", Long.class)
                .setParameter("id", rejected.id).getResultList());
        int count = 0;
        for (ClaimRelation r : similar.values()) {
            if (count < MAX_LOWERED && !already.contains(r.id)) {
                lower(r, rejected.id);
                count++;
            }
        }
        return count;
    }

    /** Raises again what a rejection lowered, when a reviewer reverses it. */
    void afterReversal(ClaimRelation unrejected) {
        List<RelationLowering> rows = em.createQuery("select l from RelationLowering l where l.rejectedId = :id",
                RelationLowering.class).setParameter("id", unrejected.id).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        // one statement for the lowered relations, not one a row
        em.createQuery("select r from ClaimRelation r where r.id in :ids", ClaimRelation.class)
                .setParameter("ids", rows.stream().map(row -> row.loweredId).toList()).getResultList()
                .forEach(r -> {
                    r.lowered = Math.max(0, r.lowered - 1);
                    r.score = score(r.confidence, r.lowered);
                });
        rows.forEach(em::remove);
    }

    /**
     * Lowers relations about to be stored by the rejections already made on their claims (same type, a shared
     * claim); the relations must be persisted already.
     */
    void newlyFound(Collection<ClaimRelation> found) {
        if (found.isEmpty()) {
            return;
        }
        Set<Long> claims = new java.util.HashSet<>();
        found.forEach(r -> {
            claims.add(r.lowClaimId);
            claims.add(r.highClaimId);
        });
        List<Object[]> rejected = new ArrayList<>();
        for (String side : List.of("lowClaimId", "highClaimId")) {
            rejected.addAll(em.createQuery("select r.id, r.lowClaimId, r.highClaimId, r.type from ClaimRelation r where r."
                            + side + " in :claims and r.state = :rejected", Object[].class)
                    .setParameter("claims", claims).setParameter("rejected", RelationState.REJECTED).getResultList());
        }
        if (rejected.isEmpty()) {
            return;
        }
        Map<Long, List<Object[]>> byClaim = new java.util.HashMap<>();
        for (Object[] row : rejected) {
            byClaim.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(row);
            byClaim.computeIfAbsent((Long) row[2], k -> new ArrayList<>()).add(row);
        }
        for (ClaimRelation r : found) {
            Set<Long> by = new java.util.HashSet<>();
            for (long claim : List.of(r.lowClaimId, r.highClaimId)) {
                for (Object[] row : byClaim.getOrDefault(claim, List.of())) {
                    if (row[3] == r.type) {
                        by.add((Long) row[0]);
                    }
                }
            }
            by.forEach(rejectedId -> lower(r, rejectedId));
        }
    }

    private void lower(ClaimRelation r, long rejectedId) {
        r.lowered++;
        r.score = score(r.confidence, r.lowered);
        RelationLowering row = new RelationLowering();
        row.rejectedId = rejectedId;
        row.loweredId = r.id;
        em.persist(row);
    }

    private List<ClaimRelation> suggestions(String where, Collection<Long> claims, RelationType type) {
        return em.createQuery("select r from ClaimRelation r where " + where
                        + " and r.state = :suggested and r.type = :type", ClaimRelation.class)
                .setParameter("claims", claims).setParameter("suggested", RelationState.SUGGESTED)
                .setParameter("type", type).setMaxResults(MAX_LOWERED).getResultList();
    }
}
