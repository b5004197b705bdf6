package io.claimdesk.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which articles tell one story: the names each article's claims use, compared between articles. Two claims
 * that name few people ("about 1,500 workers did not report for duty on Tuesday", "the stoppage … put the number
 * at about 1,500") are one event when their articles name the same port, union and company; the same words in
 * a story about another port are not. Names count by how few articles use them, so a country every article names
 * says little. Kept in memory for the index's articles: a few dozen name keys an article.
 */
final class Stories {

    /** Idf-weighted cosine of two articles' names from which they tell one story (tuned on the annotated pairs). */
    static final double SAME_STORY = 0.2;
    /** Articles published further apart than this tell different stories, however alike their names. */
    static final long MAX_DAYS_APART = 45;

    /** Article → name key → how many of its claims use it. */
    private final Map<Long, Map<String, Integer>> names = new ConcurrentHashMap<>();
    /** Name key → in how many articles. */
    private final Map<String, Integer> articles = new ConcurrentHashMap<>();
    /**
     * Read for every candidate pair, so kept rather than recomputed: each name's weight and each article's norm,
     * until the next change of the articles' names empties them.
     */
    private final Map<String, Double> weights = new ConcurrentHashMap<>();
    private final Map<Long, Double> norms = new ConcurrentHashMap<>();

    synchronized void add(long article, Iterable<String> keys) {
        forgetWeights();
        Map<String, Integer> own = names.computeIfAbsent(article, a -> new ConcurrentHashMap<>());
        for (String k : keys) {
            if (isName(k) && own.merge(k, 1, Integer::sum) == 1) {
                articles.merge(k, 1, Integer::sum);
            }
        }
    }

    synchronized void remove(long article, Iterable<String> keys) {
        forgetWeights();
        Map<String, Integer> own = names.get(article);
        if (own == null) {
            return;
        }
        for (String k : keys) {
            Integer n = isName(k) ? own.get(k) : null;
            if (n == null) {
                continue;
            }
            if (n > 1) {
                own.put(k, n - 1);
            } else {
                own.remove(k);
                articles.computeIfPresent(k, (key, df) -> df == 1 ? null : df - 1);
            }
        }
        if (own.isEmpty()) {
            names.remove(article);
        }
    }

    /** Whether the two claims' articles tell one story: alike in the names they use, and published close together. */
    boolean same(ClaimCard a, ClaimCard b) {
        if (a.published() != null && b.published() != null && daysApart(a.published(), b.published()) > MAX_DAYS_APART) {
            return false;
        }
        return similarity(a.articleId(), b.articleId()) >= SAME_STORY;
    }

    /** Safe beside {@link #add}: a search that meets a change half made is off by one article's names at most. */
    double similarity(long a, long b) {
        Map<String, Integer> na = names.get(a);
        Map<String, Integer> nb = names.get(b);
        if (na == null || nb == null || na.isEmpty() || nb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> fewer = na.size() <= nb.size() ? na : nb;
        Map<String, Integer> more = fewer == na ? nb : na;
        double shared = 0;
        for (String k : fewer.keySet()) {
            shared += more.containsKey(k) ? weight(k) : 0;
        }
        return shared == 0 ? 0 : shared / Math.sqrt(norm(a, na) * norm(b, nb));
    }

    private double norm(long article, Map<String, Integer> own) {
        return norms.computeIfAbsent(article, id -> {
            double sum = 0;
            for (String k : own.keySet()) {
                sum += weight(k);
            }
            return sum;
        });
    }

    private double weight(String key) {
        return weights.computeIfAbsent(key, k -> {
            double total = names.size();
            int df = articles.getOrDefault(k, 1);
            return Math.log(1 + (total - df + 0.5) / (df + 0.5));
        });
    }

    private void forgetWeights() {
        weights.clear();
        norms.clear();
    }

    private static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static boolean isName(String key) {
        return key.startsWith("e:");
    }
}
