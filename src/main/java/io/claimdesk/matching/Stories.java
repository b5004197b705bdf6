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
    /** Read for every candidate pair, so kept rather than recomputed: each name's weight and each article's names. */
    private final Map<String, Double> weights = new ConcurrentHashMap<>();
    private final Map<Long, Names> vectors = new ConcurrentHashMap<>();
    /** A number for each name key, so that two articles' names meet by merging sorted arrays, not by hashing. */
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextNumber = new java.util.concurrent.atomic.AtomicInteger();
    /** How many articles there were when the weights were last computed afresh. */
    private int articlesWeighed;

    /** An article's names by number, ascending, with their weights and the weights' norm. */
    private record Names(int[] numbers, double[] weights, double norm) {
    }

    synchronized void add(long article, Iterable<String> keys) {
        changed(article);
        Map<String, Integer> own = names.computeIfAbsent(article, a -> new ConcurrentHashMap<>());
        for (String k : keys) {
            if (isName(k) && own.merge(k, 1, Integer::sum) == 1) {
                articles.merge(k, 1, Integer::sum);
            }
        }
    }

    synchronized void remove(long article, Iterable<String> keys) {
        changed(article);
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
        Names na = vector(a);
        Names nb = vector(b);
        if (na == null || nb == null) {
            return 0;
        }
        double shared = 0;
        for (int i = 0, j = 0; i < na.numbers().length && j < nb.numbers().length; ) {
            int x = na.numbers()[i];
            int y = nb.numbers()[j];
            if (x == y) {
                shared += na.weights()[i];
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return shared == 0 ? 0 : shared / Math.sqrt(na.norm() * nb.norm());
    }

    private Names vector(long article) {
        Names cached = vectors.get(article);
        if (cached != null) {
            return cached;
        }
        Map<String, Integer> own = names.get(article);
        if (own == null || own.isEmpty()) {
            return null;
        }
        Map<Integer, Double> byNumber = new java.util.TreeMap<>();
        for (String k : own.keySet()) {
            byNumber.put(numbers.computeIfAbsent(k, key -> nextNumber.getAndIncrement()), weight(k));
        }
        int[] ns = byNumber.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] ws = byNumber.values().stream().mapToDouble(Double::doubleValue).toArray();
        Names built = new Names(ns, ws, java.util.Arrays.stream(ws).sum());
        vectors.put(article, built);
        return built;
    }

    private double weight(String key) {
        return weights.computeIfAbsent(key, k -> {
            double total = names.size();
            int df = articles.getOrDefault(k, 1);
            return Math.log(1 + (total - df + 0.5) / (df + 0.5));
        });
    }

    /**
     * The article's own names changed: its vector goes. Every other article's weights move a little with each
     * article added; they are computed afresh once the corpus has grown by a twentieth, not at every import, which
     * would rebuild every candidate's vector for each new article.
     */
    private void changed(long article) {
        vectors.remove(article);
        if (names.size() > articlesWeighed + articlesWeighed / 20 + 10) {
            weights.clear();
            vectors.clear();
            articlesWeighed = names.size();
        }
    }

    private static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static boolean isName(String key) {
        return key.startsWith("e:");
    }
}
