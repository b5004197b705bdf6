package io.claimdesk.extraction;

import io.claimdesk.article.Inferred;
import io.claimdesk.article.InferredMetadata;
import io.claimdesk.article.MetadataInference;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the extractor against hand-annotated articles. An annotated claim is found when one extracted claim
 * covers at least half of its quote (the one covering most is its match); the fields of matched pairs are
 * then compared. Speakers compare case-, accent- and punctuation-blind, without a leading article or
 * quantifier ("the", "many") and a trailing "report"; an unnamed source ("two officials who spoke on
 * condition of anonymity") is also right when the extracted words are the start of the annotated ones.
 *
 * <p>A <em>fragment</em> is an extracted claim that corresponds to no annotated claim (a signpost, a piece of a
 * sentence cut after an abbreviation, a heading), or a second piece of one annotated claim.
 */
final class Evaluation {

    /** Determiners in front of a speaker, in the corpus languages: "the", "el", "la", "o", "as". */
    private static final Set<String> LEADING = Set.of("the", "a", "an", "many", "several", "some", "el", "la", "los",
            "las", "un", "una", "unos", "unas", "o", "os", "as", "um", "uma");

    final Map<String, Score> scores = new LinkedHashMap<>();
    /** The same scores per article shape ("wire", "op-ed", …). */
    final Map<String, Map<String, Score>> byShape = new TreeMap<>();
    final Map<String, Integer> articlesByShape = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    final List<String> furnitureClaims = new ArrayList<>();
    final List<String> fragments = new ArrayList<>();
    final List<String> outletStances = new ArrayList<>();
    final List<String> metadata = new ArrayList<>();
    int outletStanceRight;
    int articles;

    static Evaluation run(ClaimExtractor extractor, MetadataInference inference, List<Annotations.Annotated> corpus) {
        Evaluation ev = new Evaluation();
        for (Annotations.Annotated a : corpus) {
            InferredMetadata inferred = inference.infer(a.text(), a.article().given().get("url"));
            ev.text = a.text();
            ev.article(a.article(), a.text(), extractor.extract(a.text()), inferred);
        }
        return ev;
    }

    Score score(String field) {
        return scores.computeIfAbsent(field, Score::new);
    }

    private String shape = "seed";
    private String text = "";

    /** Counts into the corpus-wide score and the current shape's. */
    private void add(String field, boolean predicted, boolean expected) {
        score(field).add(predicted, expected);
        byShape.computeIfAbsent(shape, s -> new LinkedHashMap<>()).computeIfAbsent(field, Score::new)
                .add(predicted, expected);
    }

    private void article(Annotations.Article article, String text, Extraction extraction, InferredMetadata inferred) {
        articles++;
        shape = article.shapeOrSeed();
        articlesByShape.merge(shape, 1, Integer::sum);
        String name = article.name();
        List<ExtractedClaim> claims = extraction.claims();
        furniture(article, name, text, extraction);
        List<int[]> gold = new ArrayList<>();
        for (Annotations.Claim c : article.claims()) {
            gold.add(span(text, c.quote(), name));
        }
        for (int i = 0; i < gold.size(); i++) {
            Annotations.Claim g = article.claims().get(i);
            ExtractedClaim match = bestCover(gold.get(i), claims);
            ExtractedClaim checkableMatch = bestCover(gold.get(i), claims.stream().filter(ExtractedClaim::checkable).toList());
            add("claims found (any)", match != null, true);
            if (g.checkable()) {
                add("checkable claims found", checkableMatch != null, true);
            }
            if (match == null) {
                misses.add(name + " not found: " + g.quote());
                add("speaker (reported claims)", false, g.speaker() != null);
                if (g.disputed()) {
                    add("disputed", false, true);
                }
                continue;
            }
            compare(name, g, match);
        }
        for (ExtractedClaim c : claims) {
            boolean corresponds = false;
            boolean toCheckable = false;
            for (int i = 0; i < gold.size(); i++) {
                if (corresponds(c, gold.get(i))) {
                    corresponds = true;
                    toCheckable |= article.claims().get(i).checkable();
                }
            }
            if (!corresponds) {
                add("claims found (any)", true, false);
                misses.add(name + " extra claim: " + c.text());
                fragments.add(name + ": " + c.text());
            }
            if (c.checkable() && !toCheckable) {
                add("checkable claims found", true, false);
            }
        }
        splitClaims(name, gold, claims);
        metadata(article, name, inferred);
        String stance = extraction.outletStance().stance();
        if (stance.equals(article.outletStance())) {
            outletStanceRight++;
        }
        outletStances.add(name + " outlet stance " + stance + " (annotated " + article.outletStance() + ") "
                + extraction.outletStance().evidence());
    }

    private static int[] span(String text, String quote, String name) {
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalStateException(name + ": quote not in text: " + quote);
        }
        int start = text.codePointCount(0, at);
        return new int[] {start, start + quote.codePointCount(0, quote.length())};
    }

    /** A second extracted claim inside one annotated claim is a fragment of it. */
    private void splitClaims(String name, List<int[]> gold, List<ExtractedClaim> claims) {
        for (int[] g : gold) {
            List<ExtractedClaim> inside = claims.stream()
                    .filter(c -> c.anchor().start() >= g[0] && c.anchor().end() <= g[1]).toList();
            for (int k = 1; k < inside.size(); k++) {
                fragments.add(name + ": piece of a sentence: " + inside.get(k).text());
            }
        }
    }

    private void metadata(Annotations.Article a, String name, InferredMetadata inferred) {
        LocalDate expectedDate = a.published() == null ? null : LocalDate.parse(a.published());
        LocalDate actualDate = value(inferred.published());
        if (Objects.equals(expectedDate, actualDate)) {
            add("published date", expectedDate != null, expectedDate != null);
        } else {
            add("published date", actualDate != null, false);
            add("published date", false, expectedDate != null);
            metadata.add(name + " published " + actualDate + " expected " + expectedDate + evidence(inferred.published()));
        }
        if (a.isSeed()) {
            return;
        }
        field("title", name, a.title(), inferred.title(), Evaluation::sameTitle);
        field("author", name, a.author(), inferred.author(), Evaluation::sameAuthors);
        field("outlet", name, a.outlet(), inferred.outlet(), this::sameOutlet);
        if (a.outlet() != null && (inferred.outlet() == null || !sameOutlet(a.outlet(), inferred.outlet().value()))) {
            metadata.add(name + " outlet candidates " + inferred.outletCandidates().stream()
                    .map(c -> c.value() + " (" + c.evidence() + ")").toList());
        }
    }

    private interface Same {
        boolean test(String expected, String actual);
    }

    /** Right when equal; a value where none is stated, or another value, is wrong; none where one is stated is missed. */
    private void field(String field, String name, String expected, Inferred<String> inferred, Same same) {
        String actual = value(inferred);
        boolean right = expected != null && actual != null && same.test(expected, actual);
        if (right || expected == null && actual == null) {
            add(field, expected != null, expected != null);
            return;
        }
        add(field, actual != null, false);
        add(field, false, expected != null);
        metadata.add(name + " " + field + " " + (actual == null ? "null" : "\"" + actual + "\"")
                + " expected " + (expected == null ? "null" : "\"" + expected + "\"") + evidence(inferred));
    }

    private static <T> T value(Inferred<T> inferred) {
        return inferred == null ? null : inferred.value();
    }

    private static String evidence(Inferred<?> inferred) {
        return inferred == null ? "" : " from \"" + inferred.evidence() + "\"";
    }

    private static boolean sameTitle(String expected, String actual) {
        return Texts.normalizeSpace(expected).equals(Texts.normalizeSpace(actual));
    }

    private static boolean sameAuthors(String expected, String actual) {
        return names(expected).equals(names(actual));
    }

    private static Set<String> names(String authors) {
        return Set.copyOf(Arrays.stream(normalizeName(authors).split(" and | y | e |, ")).map(String::strip).toList());
    }

    /** The same outlet by name, or by an acronym the page itself defines or spells out ("RNP – Red Nacional …"). */
    private boolean sameOutlet(String expected, String actual) {
        return normalizeName(expected).replace(" ", "").equals(normalizeName(actual).replace(" ", ""))
                || io.claimdesk.extraction.MetadataReader.sameOutlet(expected, actual, text);
    }

    private void compare(String name, Annotations.Claim g, ExtractedClaim c) {
        String where = name + " \"" + abbreviate(g.quote()) + "\"";
        add("checkable flag", c.checkable(), g.checkable());
        if (c.checkable() && !g.checkable()) {
            misses.add(where + " checkable, annotated " + g.kind());
        }
        add("disputed", c.disputed(), g.disputed());
        if (c.disputed() != g.disputed()) {
            misses.add(where + " disputed " + c.disputed() + " expected " + g.disputed()
                    + (c.disputedReason() == null ? "" : " (" + c.disputedReason() + ")"));
        }
        for (ClaimStance s : ClaimStance.values()) {
            add("stance " + s, c.stance() == s, g.stance() == s);
        }
        for (ClaimKind k : ClaimKind.values()) {
            add("kind " + k, c.kind() == k, g.kind() == k);
        }
        for (String topic : Taxonomy.defaults().ids()) {
            boolean predicted = c.topics().contains(topic);
            boolean expected = g.topics().contains(topic);
            add("topic " + topic, predicted, expected);
            add("topics (micro)", predicted, expected);
            if (expected && !predicted && (topic.equals("military_cooperation") || topic.equals("passports_identity"))) {
                misses.add(where + " missing topic " + topic);
            }
        }
        boolean speakerRight = g.speaker() != null && sameSpeaker(g.speaker(), c.attributedTo());
        add("speaker (reported claims)", speakerRight, g.speaker() != null);
        if (!speakerRight && c.attributedTo() != null) {
            add("speaker (reported claims)", true, false);
        }
        if (!Objects.equals(g.speaker() == null, c.attributedTo() == null) || g.speaker() != null && !speakerRight) {
            misses.add(where + " speaker " + c.attributedTo() + " expected " + g.speaker());
            speakerErrors.merge(speakerError(g.speaker(), c.attributedTo()), 1, Integer::sum);
        }
        boolean viaRight = g.via() != null && sameName(g.via(), c.via());
        add("via", viaRight, g.via() != null);
        if (!viaRight && c.via() != null) {
            add("via", true, false);
        }
    }

    private void furniture(Annotations.Article article, String name, String text, Extraction extraction) {
        List<int[]> lines = new ArrayList<>();
        for (String line : article.furniture()) {
            List<int[]> occurrences = lineOccurrences(text, line);
            if (occurrences.isEmpty()) {
                throw new IllegalStateException(name + ": no furniture line " + line);
            }
            for (int[] occ : occurrences) {
                lines.add(occ);
                boolean covered = extraction.segments().stream()
                        .anyMatch(s -> !Segmenter.BODY.equals(s.rule()) && s.start() <= occ[0] && occ[1] <= s.end());
                add("furniture lines", covered, true);
                if (!covered) {
                    misses.add(name + " furniture kept as body: " + line);
                }
                for (ExtractedClaim c : extraction.claims()) {
                    if (c.anchor().start() < occ[1] && occ[0] < c.anchor().end()) {
                        furnitureClaims.add(name + ": \"" + line + "\" in claim \"" + c.text() + "\"");
                    }
                }
            }
        }
        for (Segment s : extraction.segments()) {
            if (!Segmenter.BODY.equals(s.rule()) && lines.stream().noneMatch(l -> l[0] < s.end() && s.start() < l[1])) {
                add("furniture lines", true, false);
                misses.add(name + " body marked " + s.rule() + " at " + s.start() + ": "
                        + abbreviate(text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()))));
            }
        }
    }

    private static ExtractedClaim bestCover(int[] gold, List<ExtractedClaim> claims) {
        ExtractedClaim best = null;
        int bestOverlap = 0;
        for (ExtractedClaim c : claims) {
            int overlap = overlap(c, gold);
            if (overlap * 2 >= gold[1] - gold[0] && overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static boolean corresponds(ExtractedClaim c, int[] gold) {
        int overlap = overlap(c, gold);
        return overlap > 0 && (overlap * 2 >= gold[1] - gold[0] || overlap * 2 >= c.anchor().end() - c.anchor().start());
    }

    private static int overlap(ExtractedClaim c, int[] gold) {
        return Math.max(0, Math.min(c.anchor().end(), gold[1]) - Math.max(c.anchor().start(), gold[0]));
    }

    static boolean sameName(String expected, String actual) {
        return actual != null && normalizeName(expected).equals(normalizeName(actual));
    }

    /** A named speaker must match; an unnamed one ("two officials who …") may be given by its first words. */
    static boolean sameSpeaker(String expected, String actual) {
        if (sameName(expected, actual)) {
            return true;
        }
        // "Several agents and bankers who …" is unnamed too: capitalised only because a sentence starts with it
        String first = expected.split(" ")[0].toLowerCase(Locale.ROOT);
        boolean unnamed = Character.isLowerCase(expected.charAt(0)) || LEADING.contains(first);
        return unnamed && actual != null && !actual.isBlank()
                && (normalizeName(expected) + " ").startsWith(normalizeName(actual) + " ");
    }

    static String normalizeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip();
        String[] words = s.split(" ");
        int from = 0;
        // a determiner or a possessive in front ("the", "Bolivia's") does not make another speaker
        while (from < words.length - 1 && (LEADING.contains(words[from]) || words[from].endsWith("'s"))) {
            from++;
        }
        int to = words.length;
        if (to - from > 1 && words[to - 1].equals("report")) {
            to--;
        }
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }

    /** Code-point ranges of the lines whose whitespace-normalised content equals {@code line}'s. */
    static List<int[]> lineOccurrences(String text, String line) {
        List<int[]> out = new ArrayList<>();
        String wanted = Texts.normalizeSpace(line);
        int cp = 0;
        for (String raw : text.split("\n", -1)) {
            if (Texts.normalizeSpace(raw).equals(wanted)) {
                int a = Texts.trimStart(raw, 0, raw.length());
                int b = Texts.trimEnd(raw, a, raw.length());
                int start = cp + raw.codePointCount(0, a);
                out.add(new int[] {start, start + raw.codePointCount(a, b)});
            }
            cp += raw.codePointCount(0, raw.length()) + 1;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    /** Speaker errors by kind: missed (no speaker given), wrong (another one), given in the outlet's voice. */
    final Map<String, Integer> speakerErrors = new java.util.TreeMap<>();

    private static String speakerError(String expected, String given) {
        if (expected == null) {
            return "given in the outlet's voice";
        }
        if (given == null) {
            return "missed";
        }
        String e = expected.toLowerCase(Locale.ROOT);
        String g = given.toLowerCase(Locale.ROOT);
        String eLast = e.substring(e.lastIndexOf(' ') + 1);
        String gLast = g.substring(g.lastIndexOf(' ') + 1);
        if (e.contains(g)) {
            return "wrong: part of the name";
        }
        if (g.contains(e)) {
            return "wrong: more than the name";
        }
        if (eLast.equals(gLast)) {
            return "wrong: same head word";
        }
        return Character.isLowerCase(given.charAt(0)) ? "wrong: a description" : "wrong: another name";
    }

    String table() {
        StringBuilder out = new StringBuilder(Score.header()).append('\n');
        scores.values().forEach(s -> out.append(s.row()).append('\n'));
        out.append(String.format(Locale.ROOT, "outlet stance right on %d of %d articles; furniture claims: %d; fragments: %d%n",
                outletStanceRight, articles, furnitureClaims.size(), fragments.size()));
        out.append("speaker errors: ").append(speakerErrors).append('\n');
        return out.toString();
    }

    /** The figures per article shape: speaker, disputed, checkable precision, published date. */
    String shapeTable() {
        StringBuilder out = new StringBuilder(
                "| shape | articles | speaker R | disputed P | disputed R | checkable P | published P | published R |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        byShape.forEach((s, fields) -> {
            Score none = new Score("");
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", s,
                    articlesByShape.get(s), fields.getOrDefault("speaker (reported claims)", none).recall(),
                    fields.getOrDefault("disputed", none).precision(), fields.getOrDefault("disputed", none).recall(),
                    fields.getOrDefault("checkable claims found", none).precision(),
                    fields.getOrDefault("published date", none).precision(),
                    fields.getOrDefault("published date", none).recall()));
        });
        return out.toString();
    }
}
