package io.claimdesk.bench;

import io.claimdesk.matching.ClaimCard;
import io.claimdesk.matching.ClaimIndex;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the claim matcher on deterministic synthetic corpora of 100,000 and 200,000 claims: index build,
 * matching every claim (2 threads), the 2×-corpus ratio, and matching a newly imported article of 25 claims
 * (p50/p99). Usage: bench/matching/run [sizes…] (default 100000 200000).
 */
public final class MatchingBenchmark {

    private static final int CLAIMS_PER_ARTICLE = 25;
    private static final int CANDIDATES = 20;
    private static final int THREADS = 2;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000, 200_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        double first = 0;
        for (int size : sizes) {
            double whole = run(size);
            if (first == 0) {
                first = whole;
            } else {
                System.out.printf("ratio whole-corpus time %d vs %d claims: %.2f× (target ≤ 2.3× for 2× claims)%n",
                        size, sizes[0], whole / first);
            }
        }
    }

    private static double run(int size) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(size);
        List<ClaimCard> cards = corpus.cards(0, size / CLAIMS_PER_ARTICLE);
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            long t0 = System.nanoTime();
            index.add(cards);
            double build = seconds(t0);
            warmUp(index, cards);
            long t1 = System.nanoTime();
            AtomicLong cpu = new AtomicLong();
            long relations = matchAll(index, cards, cpu);
            double whole = seconds(t1);
            double[] perArticle = newArticles(index, corpus, size / CLAIMS_PER_ARTICLE, 200);
            System.out.printf("%,d claims: index build %.1f s; whole corpus match %.1f s wall on %d threads, %.1f s CPU"
                    + " (%,d relations; target ≤ 30 s at 100k); new article of %d claims p50 %.1f ms, p99 %.1f ms"
                    + " (target ≤ 200 ms); load average %.1f%n",
                    size, build, whole, THREADS, cpu.get() / 1e9, relations, CLAIMS_PER_ARTICLE, perArticle[0], perArticle[1],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return whole;
        }
    }

    private static void warmUp(ClaimIndex index, List<ClaimCard> cards) {
        for (int i = 0; i < Math.min(5_000, cards.size()); i++) {
            index.match(cards.get(i), CANDIDATES);
        }
    }

    /** Matches every card on {@link #THREADS} threads; adds the threads' CPU time to {@code cpu}, which
     *  shows the work apart from what other processes on a shared machine take. */
    private static long matchAll(ClaimIndex index, List<ClaimCard> cards, AtomicLong cpu) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong relations = new AtomicLong();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int part = t;
            parts.add(pool.submit(() -> {
                long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = part; i < cards.size(); i += THREADS) {
                    relations.addAndGet(index.match(cards.get(i), CANDIDATES).size());
                }
                cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        pool.shutdown();
        return relations.get();
    }

    /** Articles generated after the corpus, matched claim by claim as on import; returns p50 and p99 in ms. */
    private static double[] newArticles(ClaimIndex index, SyntheticCorpus corpus, int firstArticle, int count) {
        double[] ms = new double[count];
        for (int a = 0; a < count; a++) {
            List<ClaimCard> article = corpus.cards(firstArticle + a, firstArticle + a + 1);
            long t = System.nanoTime();
            for (ClaimCard c : article) {
                index.match(c, CANDIDATES);
            }
            ms[a] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[count / 2], ms[(int) Math.floor(count * 0.99) - 1]};
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Deterministic news-like claims: each article covers one event (actors, places, a year, counted
     * amounts) and a third of events are covered by two to four outlets with other wording and sometimes
     * other numbers, so the matcher meets real candidates and real conflicts. Word choice is Zipf-like.
     */
    static final class SyntheticCorpus {
        private final String[] words;
        private final String[] names;
        private final String[] places;
        private static final String[] UNITS = {"people", "members", "officials", "agreements", "tankers", "dollars", "soldiers", "drones"};
        private static final String[] VERBS = {"said", "reported", "announced", "denied", "confirmed", "visited", "signed", "rejected"};
        private final int events;

        SyntheticCorpus(int size) {
            Random r = new Random(7);
            words = new String[20_000];
            for (int i = 0; i < words.length; i++) {
                words[i] = pseudoWord(r, 4 + r.nextInt(6), false);
            }
            names = new String[size / 20];
            for (int i = 0; i < names.length; i++) {
                names[i] = pseudoWord(r, 4 + r.nextInt(5), true);
            }
            places = new String[400];
            for (int i = 0; i < places.length; i++) {
                places[i] = pseudoWord(r, 5 + r.nextInt(4), true);
            }
            events = size / CLAIMS_PER_ARTICLE * 3 / 4;
        }

        /** Cards of articles [from, to); the same article number always yields the same claims. */
        List<ClaimCard> cards(int from, int to) {
            List<ClaimCard> out = new ArrayList<>();
            for (int a = from; a < to; a++) {
                Random r = new Random(31L * a + 1);
                int event = r.nextInt(3) == 0 ? a % Math.max(1, events / 4) : a % events;
                for (int k = 0; k < CLAIMS_PER_ARTICLE; k++) {
                    out.add(new ClaimCard((long) a * CLAIMS_PER_ARTICLE + k, a, "Outlet " + (a % 300), null,
                            sentence(event, k, r), r.nextInt(8) == 0 ? "DISPUTES" : "ASSERTS", null, null, List.of(), false, null));
                }
            }
            return out;
        }

        private String sentence(int event, int k, Random own) {
            Random e = new Random(event * 1_000_003L + k);
            StringBuilder b = new StringBuilder();
            b.append(names[e.nextInt(names.length)]).append(' ').append(names[e.nextInt(names.length)]).append(' ')
                    .append(VERBS[own.nextInt(VERBS.length)]).append(" that");
            int n = 12 + own.nextInt(14);
            for (int i = 0; i < n; i++) {
                Random pick = own.nextInt(3) == 0 ? own : e;
                b.append(' ').append(words[zipf(pick, words.length)]);
                if (i == n / 3) {
                    b.append(" in ").append(places[e.nextInt(places.length)]);
                }
                if (i == n / 2 && e.nextBoolean()) {
                    int value = 10 + e.nextInt(500);
                    b.append(' ').append(own.nextInt(10) == 0 ? value * 2 : value).append(' ').append(UNITS[e.nextInt(UNITS.length)]);
                }
            }
            if (e.nextBoolean()) {
                b.append(" in ").append(1990 + e.nextInt(35));
            }
            return b.append('.').toString();
        }

        private static int zipf(Random r, int n) {
            return (int) Math.min(n - 1, Math.floor(Math.exp(r.nextDouble() * Math.log(n))) - 1);
        }

        private static String pseudoWord(Random r, int length, boolean capital) {
            String consonants = "bcdfghklmnprstvz";
            String vowels = "aeiou";
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(i % 2 == 0 ? consonants.charAt(r.nextInt(consonants.length())) : vowels.charAt(r.nextInt(vowels.length())));
            }
            if (capital) {
                b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
            }
            return b.toString();
        }
    }
}
