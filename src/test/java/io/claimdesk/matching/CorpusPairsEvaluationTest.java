package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.extraction.ClaimExtractor;
import io.claimdesk.extraction.ExtractedClaim;
import io.claimdesk.extraction.LanguagePack;
import io.claimdesk.extraction.MetadataReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cross-article relations on pairs annotated by hand over the extraction corpus and the seeds
 * (src/test/resources/corpus/pairs/*.csv, described in that folder's README): every article of the corpus (the
 * held-out set is elsewhere) and the five seeds are drawn by the app's extractor and matched as the desk matches
 * them; each suggestion between two annotated claims is judged against the annotation. A link counts under its
 * most specific type (CONTRADICTS, CONFLICT, SUPPORTS, then SAME_EVENT); any type it lists is a right answer.
 * Recall per type: of the links counted under T, those suggested with a right type. Precision per type: of the
 * suggestions of type T on annotated pairs, those the annotation accepts ({@code NONE} rows are pairs a reader
 * rejects; SAME_EVENT is accepted on every link, see {@link Pair#accepts}). Suggestions on pairs nobody annotated are counted, not judged.
 */
class CorpusPairsEvaluationTest {

    /**
     * Issue 9b/16 asks for recall 0.7 and precision 0.8 on every type. Until the matcher reaches them the floors
     * sit just under what it reaches, so that no change can lower a figure unnoticed; raise them as it improves.
     * Precision fell when h10 and h11 judged every suggestion the matcher made between annotated articles: the
     * pairs annotated first were the ones a reader thought of, not the ones the matcher proposes.
     */
    static final Map<RelationType, Double> RECALL_FLOOR = Map.of(RelationType.SAME_EVENT, 0.38,
            RelationType.CONFLICT, 0.36, RelationType.CONTRADICTS, 0.25, RelationType.SUPPORTS, 0.77);
    static final Map<RelationType, Double> PRECISION_FLOOR = Map.of(RelationType.SAME_EVENT, 0.38,
            RelationType.CONFLICT, 0.6, RelationType.CONTRADICTS, 0.32, RelationType.SUPPORTS, 0.8);

    /** Most specific first: a conflict or a denial is also one event, and is what a reviewer needs named. */
    static final List<RelationType> SPECIFICITY = List.of(RelationType.CONTRADICTS, RelationType.CONFLICT,
            RelationType.SUPPORTS, RelationType.SAME_EVENT);

    record Pair(ClaimCard a, ClaimCard b, Set<RelationType> types, String why) {
        boolean negative() {
            return types.isEmpty();
        }

        /**
         * Whether a suggestion of that type is right here. Every link type is one event by its definition (a
         * conflict is the same event with a differing detail; a denial and what it denies, or two accounts that
         * agree, tell of one event), so SAME_EVENT is right on any link; it counts toward recall of same-event
         * links only.
         */
        boolean accepts(RelationType type) {
            return types.contains(type) || (type == RelationType.SAME_EVENT && !negative());
        }

        RelationType counted() {
            return SPECIFICITY.stream().filter(types::contains).findFirst().orElseThrow();
        }

        Set<Long> key() {
            return Set.of(a.id(), b.id());
        }
    }

    @Test
    void relationsOnTheHandAnnotatedCorpusPairs() throws IOException {
        List<ClaimCard> cards = Articles.cards();
        // two annotated claims the extractor drew as one claim make one pair: any type either lists is right
        Map<Set<Long>, Pair> judged = new java.util.LinkedHashMap<>();
        for (Pair p : pairs(cards)) {
            judged.merge(p.key(), p, (x, y) -> {
                if (x.negative() != y.negative()) {
                    System.out.println("ANNOTATIONS DISAGREE: " + x.why() + " / " + y.why());
                }
                Set<RelationType> both = java.util.EnumSet.noneOf(RelationType.class);
                both.addAll(x.types());
                both.addAll(y.types());
                return new Pair(x.a(), x.b(), both, x.why());
            });
        }
        List<Pair> pairs = new ArrayList<>(judged.values());
        Map<Set<Long>, Relation> found = new HashMap<>();
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.add(cards);
            for (ClaimCard c : cards) {
                for (Relation r : index.match(c, 20)) {
                    found.merge(Set.of(r.from(), r.to()), r, (x, y) -> x.score() >= y.score() ? x : y);
                }
            }
        }
        Map<RelationType, int[]> recall = new EnumMap<>(RelationType.class);
        Map<RelationType, int[]> precision = new EnumMap<>(RelationType.class);
        for (RelationType t : RelationType.values()) {
            recall.put(t, new int[2]);
            precision.put(t, new int[2]);
        }
        List<CalibrationFit.Judged> judgedSuggestions = new ArrayList<>();
        for (Pair p : pairs) {
            Relation r = found.get(p.key());
            boolean right = r != null && p.accepts(r.type());
            if (!p.negative()) {
                int[] rc = recall.get(p.counted());
                rc[0] += r != null && p.types().contains(r.type()) ? 1 : 0;
                rc[1]++;
            }
            if (r != null) {
                judgedSuggestions.add(new CalibrationFit.Judged(r.type(), r.score(), right));
                int[] pc = precision.get(r.type());
                pc[0] += right ? 1 : 0;
                pc[1]++;
            }
            boolean lessSpecific = right && !p.types().contains(r.type());
            if (r == null ? !p.negative() : !right || lessSpecific) {
                System.out.printf("%-10s %-28s %s%n    %s%n    %s%n", r == null ? "MISSED" : (right ? "ONLY " : "WRONG ") + r.type(),
                        p.negative() ? "NONE" : p.types(), p.why(), described(p.a()), described(p.b()));
                if (r != null) {
                    System.out.printf("    score %.2f, %s, %s%n", r.score(), r.detail(), r.evidence());
                }
            }
        }
        for (Pair p : undrawn) {
            if (!p.negative()) {
                recall.get(p.counted())[1]++;
                System.out.printf("UNDRAWN    %-28s %s%n", p.types(), p.why());
            }
        }
        int unjudged = 0;
        List<String> toJudge = new ArrayList<>();
        for (Map.Entry<Set<Long>, Relation> e : found.entrySet()) {
            if (!judged.containsKey(e.getKey()) && annotatedArticles(pairs).containsAll(articlesOf(e.getValue(), cards))) {
                unjudged++;
                if (System.getProperty("unjudged") != null) {
                    Relation r = e.getValue();
                    ClaimCard from = card(cards, r.from());
                    ClaimCard to = card(cards, r.to());
                    System.out.printf("UNJUDGED %s %.2f %s%n    %s%n    %s%n", r.type(), r.score(), r.detail(),
                            described(from), described(to));
                    // the pair as a line of a pairs file whose types a reader fills in, without the matcher's answer
                    toJudge.add(Articles.file(from) + "|" + from.text() + "|" + Articles.file(to) + "|" + to.text() + "|");
                }
            }
        }
        if (!toJudge.isEmpty()) {
            Files.write(Path.of("target/unjudged-pairs.csv"), toJudge, StandardCharsets.UTF_8);
        }
        System.out.printf("%nCross-article relations on %d hand-annotated pairs (%d links, %d rejected), %d claims"
                        + " of %d articles; %d suggestions in all, %d between annotated articles not annotated%n",
                pairs.size(), pairs.stream().filter(p -> !p.negative()).count(),
                pairs.stream().filter(Pair::negative).count(), cards.size(),
                cards.stream().map(ClaimCard::articleId).distinct().count(), found.size(), unjudged);
        System.out.println("| type | links | found | recall | suggested on annotated pairs | right | precision |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (RelationType t : RelationType.values()) {
            int[] rc = recall.get(t);
            int[] pc = precision.get(t);
            System.out.printf("| %s | %d | %d | %.2f | %d | %d | %.2f |%n", t, rc[1], rc[0], ratio(rc), pc[1], pc[0],
                    ratio(pc));
        }
        checkCalibration(judgedSuggestions);
        for (RelationType t : RelationType.values()) {
            assertTrue(ratio(recall.get(t)) >= RECALL_FLOOR.get(t), t + " recall " + ratio(recall.get(t)));
            assertTrue(ratio(precision.get(t)) >= PRECISION_FLOOR.get(t), t + " precision " + ratio(precision.get(t)));
        }
    }

    static final String CALIBRATION_HEADER = """
            # Raw overlap score to how often a suggestion is right, per type: TYPE, from raw score, confidence.
            # Fitted from the hand-annotated pairs (src/test/resources/corpus/pairs) by CorpusPairsEvaluationTest;
            # write it again after a matcher change with: mvn test -Dtest=CorpusPairsEvaluationTest -Dcalibrate=write
            """;

    /**
     * The shipped calibration is the one the annotated pairs give today: a matcher change that moves raw scores
     * must fit it again (-Dcalibrate=write), or a stored 0.8 would stop meaning "right 8 times in 10".
     */
    private static void checkCalibration(List<CalibrationFit.Judged> judged) throws IOException {
        Calibration fitted = CalibrationFit.fit(judged);
        String table = CalibrationFit.write(fitted, CALIBRATION_HEADER);
        Path shipped = Path.of("src/main/resources", Calibration.RESOURCE);
        if (System.getProperty("calibrate") != null) {
            Files.writeString(shipped, table);
        }
        System.out.println("| type | confidence | suggestions | right |");
        System.out.println("| --- | --- | --- | --- |");
        for (RelationType t : RelationType.values()) {
            Map<Double, int[]> byConfidence = new java.util.TreeMap<>();
            for (CalibrationFit.Judged j : judged) {
                if (j.type() == t) {
                    int[] c = byConfidence.computeIfAbsent(fitted.confidence(t, j.raw()), k -> new int[2]);
                    c[0] += j.right() ? 1 : 0;
                    c[1]++;
                }
            }
            byConfidence.forEach((conf, c) -> System.out.printf("| %s | %.2f | %d | %d |%n", t, conf, c[1], c[0]));
        }
        assertEquals(table, Files.readString(shipped), "the shipped calibration is not the one the annotated pairs give");
    }

    private static ClaimCard card(List<ClaimCard> cards, long id) {
        return cards.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private static String described(ClaimCard c) {
        return "(" + c.kind() + ", " + c.stance() + (c.attributedTo() == null ? "" : ", " + c.attributedTo()) + ") "
                + c.text();
    }

    private static double ratio(int[] counts) {
        return counts[1] == 0 ? 1 : counts[0] / (double) counts[1];
    }

    private static Set<Long> annotatedArticles(List<Pair> pairs) {
        Set<Long> out = new TreeSet<>();
        for (Pair p : pairs) {
            out.add(p.a().articleId());
            out.add(p.b().articleId());
        }
        return out;
    }

    private static Set<Long> articlesOf(Relation r, List<ClaimCard> cards) {
        Set<Long> out = new LinkedHashSet<>();
        for (ClaimCard c : cards) {
            if (c.id() == r.from() || c.id() == r.to()) {
                out.add(c.articleId());
            }
        }
        return out;
    }

    /** Pairs one of whose claims the extractor did not draw: a link there cannot be found. */
    static List<Pair> undrawn = new ArrayList<>();

    static List<Pair> pairs(List<ClaimCard> cards) throws IOException {
        List<Pair> out = new ArrayList<>();
        undrawn.clear();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/corpus/pairs"))) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                assertEquals("fileA|fragmentA|fileB|fragmentB|types", r.readLine(), file.toString());
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\\|", -1);
                    assertEquals(5, f.length, line);
                    Set<RelationType> types = java.util.EnumSet.noneOf(RelationType.class);
                    for (String t : f[4].trim().split(" ")) {
                        if (!t.equals("NONE")) {
                            types.add(RelationType.valueOf(t));
                        }
                    }
                    ClaimCard a = Articles.find(cards, f[0], f[1]);
                    ClaimCard b = Articles.find(cards, f[2], f[3]);
                    String why = file.getFileName() + ": " + f[0] + " ⇄ " + f[2];
                    if (a == null || b == null) {
                        undrawn.add(new Pair(a, b, types, why + ": claim not drawn: " + (a == null ? f[1] : f[3])));
                    } else {
                        out.add(new Pair(a, b, types, why));
                    }
                }
            }
        }
        return out;
    }

    /** The seeds (article ids 0–4) and the corpus outside the held-out set (ids 1000 + its number). */
    static final class Articles {

        private static List<ClaimCard> cards;

        static synchronized List<ClaimCard> cards() {
            if (cards == null) {
                cards = load();
            }
            return cards;
        }

        /**
         * "seed000" or "013": the first claim of that article containing the fragment; null when the extractor
         * drew no such claim (the pair's claim was annotated on the text, not on what the extractor drew).
         */
        static ClaimCard find(List<ClaimCard> cards, String article, String fragment) {
            long id = article.startsWith("seed") ? Long.parseLong(article.substring(4)) : 1000 + Long.parseLong(article);
            assertTrue(cards.stream().anyMatch(c -> c.articleId() == id), "no article " + article);
            return cards.stream().filter(c -> c.articleId() == id && c.text().contains(fragment)).findFirst().orElse(null);
        }

        /** The name a pairs file gives the claim's article: "seed002" or "013". */
        static String file(ClaimCard c) {
            return c.articleId() < 1000 ? String.format("seed%03d", c.articleId()) : String.format("%03d", c.articleId() - 1000);
        }

        private static List<ClaimCard> load() {
            ClaimExtractor extractor = new ClaimExtractor();
            MetadataReader metadata = new MetadataReader(LanguagePack.of("en"));
            List<ClaimCard> out = new ArrayList<>();
            for (Path p : texts()) {
                String name = p.getFileName().toString();
                boolean seed = name.contains("_");
                long article = Long.parseLong(name.substring(0, 3)) + (seed ? 0 : 1000);
                try {
                    String text = Files.readString(p);
                    MetadataReader.Metadata m = metadata.read(text, null, Map.of());
                    LocalDate published = m.published() == null ? null : m.published().value();
                    String outlet = m.outlet() == null ? "outlet " + article : m.outlet().value();
                    int n = 0;
                    for (ExtractedClaim c : extractor.extract(text).claims()) {
                        out.add(new ClaimCard(article * 1000 + n++, article, outlet, published, c.text(),
                                c.stance().name(), c.attributedTo(), c.via(), c.topics(), c.disputed(), c.kind().name()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out;
        }

        private static List<Path> texts() {
            List<Path> out = new ArrayList<>();
            try (Stream<Path> seeds = Files.list(SeedClaims.folder());
                 Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus/en"))) {
                seeds.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
                corpus.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
