package io.claimdesk.matching;

import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.failure.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of stored relations, each a fixed number of statements: the relations, then the claims they join. */
@ApplicationScoped
public class RelationQuery {

    /** Relations shown for one claim, strongest first; more would not be read by anyone. */
    static final int MAX_PER_CLAIM = 100;
    private static final List<RelationType> CONFLICTING = List.of(RelationType.CONFLICT, RelationType.CONTRADICTS);
    private static final List<RelationState> OPEN = List.of(RelationState.SUGGESTED, RelationState.CONFIRMED);

    private final EntityManager em;
    private final ClaimQuery claims;

    RelationQuery(EntityManager em, ClaimQuery claims) {
        this.em = em;
        this.claims = claims;
    }

    /** A stored relation with the ids of its two claims. */
    record Stored(long id, long fromId, long toId, RelationType type, RelationState state, double score, String detail,
                  String evidence, Instant foundAt, String decidedBy, Instant decidedAt) {

        List<String> evidenceItems() {
            return evidence == null ? List.of() : List.of(evidence.split("\n"));
        }
    }

    private static final String SELECT = """
            select new io.claimdesk.matching.RelationQuery$Stored(r.id, r.fromClaim.id, r.toClaim.id, r.type, r.state,
                   r.score, r.detail, r.evidence, r.foundAt, d.username, r.decidedAt)
            from ClaimRelation r left join r.decidedBy d
            """;

    /** The claim's relations, confirmed first, then suggested, then rejected; strongest first within each. */
    public List<RelatedClaim> forClaim(long claimId) {
        List<Stored> stored = storedFor(claimId, "");
        List<Long> ids = new ArrayList<>(List.of(claimId));
        stored.forEach(s -> ids.add(other(s, claimId)));
        Map<Long, ClaimRow> rows = rowsById(ids);
        return related(claimId, stored, rows, languages(rows));
    }

    /** A claim with its relations (as {@link #forClaim}), for its page. */
    public record Around(ClaimRow claim, List<RelatedClaim> related) {
    }

    /**
     * The claim and its relations in four statements, however many relations it has: the relations (one a side),
     * then the claim's row read with the related claims' rows, and all their topics.
     */
    public Optional<Around> around(long claimId) {
        List<Stored> stored = storedFor(claimId, "");
        List<Long> ids = new ArrayList<>(List.of(claimId));
        stored.forEach(s -> ids.add(other(s, claimId)));
        Map<Long, ClaimRow> rows = rowsById(ids);
        return Optional.ofNullable(rows.get(claimId))
                .map(self -> new Around(self, related(claimId, stored, rows, languages(rows))));
    }

    private static long other(Stored s, long claimId) {
        return s.fromId() == claimId ? s.toId() : s.fromId();
    }

    private static List<RelatedClaim> related(long claimId, List<Stored> stored, Map<Long, ClaimRow> rows,
                                              Map<Long, String> languages) {
        return stored.stream().map(s -> new RelatedClaim(s.id(), s.type(), s.state(), s.score(), s.detail(),
                s.evidenceItems(), s.fromId() == claimId, rows.get(other(s, claimId)), s.decidedBy(), s.decidedAt(),
                languages.get(other(s, claimId)), languages.get(claimId))).toList();
    }

    /** The claims' languages, from the rows already read: a relation across languages shows the other claim's. */
    private static Map<Long, String> languages(Map<Long, ClaimRow> rows) {
        Map<Long, String> out = new java.util.HashMap<>();
        rows.forEach((id, row) -> out.put(id, row.language()));
        return out;
    }

    /**
     * The relations a claim is on either side of, in page order, at most {@link #MAX_PER_CLAIM}. One statement
     * a side, each on its own index: an "or" of the two columns would scan the whole table.
     */
    private List<Stored> storedFor(long claimId, String condition) {
        List<Stored> both = new ArrayList<>();
        for (String side : List.of("lowClaimId", "highClaimId")) {
            both.addAll(em.createQuery(SELECT + " where r." + side + " = :id" + condition + " " + ORDER, Stored.class)
                    .setParameter("id", claimId).setMaxResults(MAX_PER_CLAIM).getResultList());
        }
        both.sort(Comparator.comparingInt((Stored s) -> rank(s.state()))
                .thenComparing(Comparator.comparingDouble(Stored::score).reversed()).thenComparingLong(Stored::id));
        return both.size() > MAX_PER_CLAIM ? both.subList(0, MAX_PER_CLAIM) : both;
    }

    /** Page order of states, the same as {@link #ORDER}'s: what reviewers decided first, what they threw out last. */
    private static int rank(RelationState state) {
        return switch (state) {
            case CONFIRMED -> 0;
            case SUGGESTED -> 1;
            case REJECTED -> 2;
        };
    }

    private static final String ORDER = """
             order by case r.state when io.claimdesk.matching.RelationState.CONFIRMED then 0
                                   when io.claimdesk.matching.RelationState.SUGGESTED then 1 else 2 end,
                      r.score desc, r.id""";

    /**
     * One page of open conflicts and contradictions, strongest first: those reviewers confirmed, and suggestions
     * scored at or above {@code threshold}; {@code before} is the previous page's {@link ConflictPage#nextBefore}.
     */
    public ConflictPage conflicts(String before, int size, double threshold) {
        Cursor from = Cursor.parse(before);
        List<Stored> stored = em.createQuery(SELECT + """
                         where r.type in :types and r.state in :open
                           and (r.score >= :threshold or r.state = io.claimdesk.matching.RelationState.CONFIRMED)
                           and (r.score < :score or (r.score = :score and r.id < :id))
                         order by r.score desc, r.id desc""", Stored.class)
                .setParameter("types", CONFLICTING).setParameter("open", OPEN).setParameter("threshold", threshold)
                .setParameter("score", from.score()).setParameter("id", from.id())
                .setMaxResults(size + 1).getResultList();
        boolean more = stored.size() > size;
        List<Stored> shown = more ? stored.subList(0, size) : stored;
        Set<Long> ids = new LinkedHashSet<>();
        shown.forEach(s -> {
            ids.add(s.fromId());
            ids.add(s.toId());
        });
        Map<Long, ClaimRow> rows = rowsById(ids);
        Map<Long, String> languages = languages(rows);
        List<ConflictPage.Conflict> conflicts = shown.stream().map(s -> new ConflictPage.Conflict(s.id(), s.type(), s.state(),
                s.score(), s.detail(), s.evidenceItems(), s.foundAt(), rows.get(s.fromId()), rows.get(s.toId()),
                languages.get(s.fromId()), languages.get(s.toId()))).toList();
        Object[] counts = em.createQuery("""
                        select count(r), coalesce(sum(case when r.state = io.claimdesk.matching.RelationState.SUGGESTED
                                                            and r.score < :threshold then 1 else 0 end), 0)
                        from ClaimRelation r where r.type in :types and r.state in :open""", Object[].class)
                .setParameter("types", CONFLICTING).setParameter("open", OPEN).setParameter("threshold", threshold)
                .getSingleResult();
        long hidden = ((Number) counts[1]).longValue();
        Stored last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new ConflictPage(conflicts, ((Number) counts[0]).longValue() - hidden, hidden, threshold,
                more ? new Cursor(last.score(), last.id()).toString() : null);
    }

    /** Where a page of conflicts starts: after the relation of this score and id, in page order. */
    record Cursor(double score, long id) {

        static final Cursor FIRST = new Cursor(Double.MAX_VALUE, Long.MAX_VALUE);

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return FIRST;
            }
            int cut = text.indexOf('_');
            try {
                double score = Double.parseDouble(text.substring(0, cut));
                if (!Double.isFinite(score)) {
                    throw new NumberFormatException(text);
                }
                return new Cursor(score, Long.parseLong(text.substring(cut + 1)));
            } catch (RuntimeException e) {
                throw new Invalid("before",
                        "Use the nextBefore value of the previous page, such as 0.83_1204.");
            }
        }

        @Override
        public String toString() {
            return score + "_" + id;
        }
    }

    /** The confirmed relations of a claim, which a verdict may cite: the other claim's id, the type, its text. */
    public List<Citable> citable(long claimId) {
        return citable(forClaim(claimId));
    }

    /**
     * The confirmed ones of relations read by {@link #forClaim}: those come first there, so within its cap they are
     * all there, in the same order a read of the confirmed alone would give.
     */
    public static List<Citable> citable(List<RelatedClaim> related) {
        return related.stream().filter(r -> r.state() == RelationState.CONFIRMED)
                .map(r -> new Citable(r.other().id(), r.type(), r.other().text(), r.other().language())).toList();
    }

    /** Who else carries the claim, by origin and stance, from its relations (one more statement: reposts). */
    public Corroboration corroboration(ClaimRow self, List<RelatedClaim> related) {
        return Corroboration.of(self, related, repostOrigins(self, related));
    }

    /**
     * For those of the claims' articles that repost another article, the first copy's outlet (or, when it has
     * none, "article N"), so that a story copied to another site counts as one origin.
     */
    private Map<Long, String> repostOrigins(ClaimRow self, List<RelatedClaim> related) {
        Set<Long> articles = new LinkedHashSet<>();
        articles.add(self.articleId());
        related.forEach(r -> articles.add(r.other().articleId()));
        Map<Long, String> origins = new java.util.HashMap<>();
        em.createQuery("select a.id, r.id, o.name from Article a join a.repostOf r left join r.outlet o where a.id in :ids",
                        Object[].class).setParameter("ids", articles).getResultList()
                .forEach(row -> origins.put((Long) row[0], row[2] != null ? (String) row[2] : "article " + row[1]));
        return origins;
    }

    /** A confirmed related claim a reviewer can cite as evidence in a verdict. */
    public record Citable(long claimId, RelationType type, String text, String language) {
    }

    private Map<Long, ClaimRow> rowsById(Collection<Long> ids) {
        return claims.rows(new ArrayList<>(new LinkedHashSet<>(ids))).stream()
                .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
    }
}
