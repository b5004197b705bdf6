package io.claimdesk.matching;

import io.claimdesk.claim.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The matcher's reads and writes: claims as cards, articles still to match, relations found. Each call is one transaction. */
@ApplicationScoped
class MatchStore {

    private static final int MAX_EVIDENCE_CHARS = 4000;
    private static final int MAX_DETAIL_CHARS = 1000;

    private final EntityManager em;
    private final Lowering lowering;
    private final Calibration calibration = Calibration.standard();

    MatchStore(EntityManager em, Lowering lowering) {
        this.em = em;
        this.lowering = lowering;
    }

    /** Up to {@code limit} claims with ids above {@code afterId}, in id order. */
    @Transactional
    List<ClaimCard> cardsAfter(long afterId, int limit) {
        List<Object[]> rows = em.createQuery(CARD_SELECT + " where c.id > :after order by c.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long last = (Long) rows.get(rows.size() - 1)[0];
        return cards(rows, em.createQuery("select c.id, t from Claim c join c.topics t where c.id > :after and c.id <= :last",
                Object[].class).setParameter("after", afterId).setParameter("last", last).getResultList());
    }

    /** The claims of these articles as cards, by article. */
    @Transactional
    Map<Long, List<ClaimCard>> cardsOfArticles(Collection<Long> articleIds) {
        List<ClaimCard> cards = cards(em.createQuery(CARD_SELECT + " where c.article.id in :articles order by c.id", Object[].class)
                        .setParameter("articles", articleIds).getResultList(),
                em.createQuery("select c.id, t from Claim c join c.topics t where c.article.id in :articles", Object[].class)
                        .setParameter("articles", articleIds).getResultList());
        Map<Long, List<ClaimCard>> byArticle = new LinkedHashMap<>();
        cards.forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c));
        return byArticle;
    }

    /** The claims of one article with ids above {@code afterClaimId}, in id order: a slice of a long article. */
    @Transactional
    List<ClaimCard> cardsOfArticle(long articleId, long afterClaimId, int limit) {
        List<Object[]> rows = em.createQuery(CARD_SELECT + " where c.article.id = :article and c.id > :after order by c.id",
                Object[].class).setParameter("article", articleId).setParameter("after", afterClaimId)
                .setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long last = (Long) rows.get(rows.size() - 1)[0];
        return cards(rows, em.createQuery("""
                        select c.id, t from Claim c join c.topics t
                        where c.article.id = :article and c.id > :after and c.id <= :last""", Object[].class)
                .setParameter("article", articleId).setParameter("after", afterClaimId).setParameter("last", last)
                .getResultList());
    }

    /** An article whose claims have not been linked to the corpus yet, with how many claims it has. */
    record Pending(long id, long claims) {
    }

    /** Articles whose claims have not been linked to the corpus yet, in id order after {@code afterId}. */
    @Transactional
    List<Pending> pendingArticles(long afterId, int limit) {
        return em.createQuery("""
                        select a.id, (select count(c) from Claim c where c.article = a) from Article a
                        where a.matchedAt is null and a.id > :after order by a.id""", Object[].class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList().stream()
                .map(r -> new Pending((Long) r[0], (Long) r[1])).toList();
    }

    @Transactional
    long pendingCount() {
        return em.createQuery("select count(a) from Article a where a.matchedAt is null", Long.class).getSingleResult();
    }

    /** Every article to be matched again (after the matcher changed); decided relations stay as they are. */
    @Transactional
    int markAllPending() {
        return em.createQuery("update Article a set a.matchedAt = null").executeUpdate();
    }

    /**
     * Stores the relations found for these articles' claims, except pairs already stored in any state (so a
     * rejected pair is never suggested again), and marks the articles matched. Each is stored with its calibrated
     * confidence, lowered by the rejections already made on its claims. Returns how many were new.
     * The mark is a bulk update, not through the entity, so it never bumps the version editors edit against.
     */
    @Transactional
    int saveAll(Map<Long, List<Relation>> foundByArticle) {
        return save(foundByArticle.values(), foundByArticle.keySet());
    }

    /**
     * Stores relations as {@link #saveAll} does, and marks matched only the articles in {@code matched}: a slice of
     * a long article stores what it found while the article stays pending until its last slice.
     */
    @Transactional
    int save(Collection<List<Relation>> foundLists, Collection<Long> matched) {
        Map<Pair, Relation> strongest = new LinkedHashMap<>();
        Set<Long> claimIds = new HashSet<>();
        for (List<Relation> found : foundLists) {
            for (Relation r : found) {
                strongest.merge(pairKey(r), r, (a, b) -> a.score() >= b.score() ? a : b);
                claimIds.add(r.from());
            }
        }
        Set<Pair> stored = claimIds.isEmpty() ? Set.of() : storedPairs(claimIds);
        List<ClaimRelation> added = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<Pair, Relation> e : strongest.entrySet()) {
            if (!stored.contains(e.getKey())) {
                added.add(persist(e.getValue(), now));
            }
        }
        if (!added.isEmpty()) {
            em.flush();
            lowering.newlyFound(added);
        }
        if (!matched.isEmpty()) {
            em.createQuery("update Article a set a.matchedAt = :now where a.id in :ids")
                    .setParameter("now", now).setParameter("ids", matched).executeUpdate();
        }
        return added.size();
    }

    private Set<Pair> storedPairs(Collection<Long> claimIds) {
        Set<Pair> pairs = new HashSet<>();
        // Two statements, each on its own index: an "or" of the two columns would scan the table.
        for (String side : List.of("lowClaimId", "highClaimId")) {
            em.createQuery("select r.lowClaimId, r.highClaimId from ClaimRelation r where r." + side + " in :ids", Object[].class)
                    .setParameter("ids", claimIds).getResultList()
                    .forEach(p -> pairs.add(new Pair((Long) p[0], (Long) p[1])));
        }
        return pairs;
    }

    private ClaimRelation persist(Relation r, Instant now) {
        ClaimRelation stored = new ClaimRelation();
        stored.fromClaim = em.getReference(Claim.class, r.from());
        stored.toClaim = em.getReference(Claim.class, r.to());
        stored.lowClaimId = Math.min(r.from(), r.to());
        stored.highClaimId = Math.max(r.from(), r.to());
        stored.type = r.type();
        stored.confidence = calibration.confidence(r.type(), r.score());
        stored.score = stored.confidence;
        stored.detail = clip(r.detail(), MAX_DETAIL_CHARS);
        stored.evidence = r.evidence().isEmpty() ? null : clip(String.join("\n", r.evidence()), MAX_EVIDENCE_CHARS);
        stored.state = RelationState.SUGGESTED;
        stored.foundAt = now;
        stored.persist();
        return stored;
    }

    /** Two claims in id order: the identity of a relation, whichever side found it. */
    private record Pair(long low, long high) {
    }

    private static Pair pairKey(Relation r) {
        return new Pair(Math.min(r.from(), r.to()), Math.max(r.from(), r.to()));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static final String CARD_SELECT = """
            select c.id, c.article.id, o.name, c.published, c.text, c.stance, c.attributedTo, c.via, c.disputed, c.kind,
                   c.language
            from Claim c left join c.outlet o""";

    private static List<ClaimCard> cards(List<Object[]> rows, List<Object[]> topicRows) {
        Map<Long, List<String>> topics = new HashMap<>();
        topicRows.forEach(t -> topics.computeIfAbsent((Long) t[0], k -> new ArrayList<>()).add((String) t[1]));
        List<ClaimCard> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            out.add(new ClaimCard(id, (Long) r[1], (String) r[2], (LocalDate) r[3], (String) r[4], r[5].toString(),
                    (String) r[6], (String) r[7], topics.getOrDefault(id, List.of()), (Boolean) r[8],
                    r[9] == null ? null : r[9].toString(), (String) r[10]));
        }
        return out;
    }
}
