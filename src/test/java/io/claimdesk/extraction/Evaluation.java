package io.claimdesk.extraction;

import io.claimdesk.article.Inferred;
import io.claimdesk.article.MetadataInference;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the extractor against the hand-annotated seeds. An annotated claim is found when one extracted
 * claim covers at least half of its quote (the one covering most is its match); the fields of matched
 * pairs are then compared. Speakers compare case-, accent- and punctuation-blind, without a leading
 * article or quantifier ("the", "many") and a trailing "report".
 */
final class Evaluation {

    private static final Set<String> LEADING = Set.of("the", "a", "an", "many", "several", "some");

    final Map<String, Score> scores = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();
    final List<String> furnitureClaims = new ArrayList<>();
    final List<String> outletStances = new ArrayList<>();
    int outletStanceRight;
    int seeds;

    static Evaluation run(ClaimExtractor extractor, MetadataInference metadata) {
        Evaluation ev = new Evaluation();
        for (Annotations.Seed seed : Annotations.all()) {
            String text = SeedTexts.read(seed.prefix());
            ev.seed(seed, text, extractor.extract(text), metadata.infer(text).published());
        }
        return ev;
    }

    Score score(String field) {
        return scores.computeIfAbsent(field, Score::new);
    }

    private void seed(Annotations.Seed seed, String text, Extraction extraction, Inferred<LocalDate> published) {
        seeds++;
        List<ExtractedClaim> claims = extraction.claims();
        furniture(seed, text, extraction);
        List<int[]> gold = new ArrayList<>();
        for (Annotations.Claim c : seed.claims()) {
            int at = text.indexOf(c.quote());
            if (at < 0) {
                throw new IllegalStateException(seed.seed() + ": quote not in text: " + c.quote());
            }
            int start = text.codePointCount(0, at);
            gold.add(new int[] {start, start + c.quote().codePointCount(0, c.quote().length())});
        }
        for (int i = 0; i < gold.size(); i++) {
            Annotations.Claim g = seed.claims().get(i);
            ExtractedClaim match = bestCover(gold.get(i), claims);
            ExtractedClaim checkableMatch = bestCover(gold.get(i), claims.stream().filter(ExtractedClaim::checkable).toList());
            score("claims found (any)").add(match != null, true);
            if (g.checkable()) {
                score("checkable claims found").add(checkableMatch != null, true);
            }
            if (match == null) {
                misses.add(seed.prefix() + " not found: " + g.quote());
                score("speaker (reported claims)").add(false, g.speaker() != null);
                if (g.disputed()) {
                    score("disputed").add(false, true);
                }
                continue;
            }
            compare(seed.prefix(), g, match);
        }
        for (ExtractedClaim c : claims) {
            boolean corresponds = false;
            boolean toCheckable = false;
            for (int i = 0; i < gold.size(); i++) {
                if (corresponds(c, gold.get(i))) {
                    corresponds = true;
                    toCheckable |= seed.claims().get(i).checkable();
                }
            }
            if (!corresponds) {
                score("claims found (any)").add(true, false);
                misses.add(seed.prefix() + " extra claim: " + c.text());
            }
            if (c.checkable() && !toCheckable) {
                score("checkable claims found").add(true, false);
            }
        }
        LocalDate expected = seed.published() == null ? null : LocalDate.parse(seed.published());
        LocalDate actual = published == null ? null : published.value();
        Score date = score("published date");
        if (Objects.equals(expected, actual)) {
            date.add(expected != null, expected != null);
        } else {
            date.add(actual != null, false);
            date.add(false, expected != null);
        }
        String stance = extraction.outletStance().stance();
        if (stance.equals(seed.outletStance())) {
            outletStanceRight++;
        }
        outletStances.add(seed.prefix() + " outlet stance " + stance + " (annotated " + seed.outletStance() + ") "
                + extraction.outletStance().evidence());
    }

    private void compare(String prefix, Annotations.Claim g, ExtractedClaim c) {
        String where = prefix + " \"" + abbreviate(g.quote()) + "\"";
        score("checkable flag").add(c.checkable(), g.checkable());
        score("disputed").add(c.disputed(), g.disputed());
        if (c.disputed() != g.disputed()) {
            misses.add(where + " disputed " + c.disputed() + " expected " + g.disputed());
        }
        for (ClaimStance s : ClaimStance.values()) {
            score("stance " + s).add(c.stance() == s, g.stance() == s);
        }
        for (ClaimKind k : ClaimKind.values()) {
            score("kind " + k).add(c.kind() == k, g.kind() == k);
        }
        for (String topic : Topics.ALL) {
            boolean predicted = c.topics().contains(topic);
            boolean expected = g.topics().contains(topic);
            score("topic " + topic).add(predicted, expected);
            score("topics (micro)").add(predicted, expected);
            if (expected && !predicted && (topic.equals("military_cooperation") || topic.equals("passports_identity"))) {
                misses.add(where + " missing topic " + topic);
            }
        }
        boolean speakerRight = g.speaker() != null && sameName(g.speaker(), c.attributedTo());
        score("speaker (reported claims)").add(speakerRight, g.speaker() != null);
        if (!speakerRight && c.attributedTo() != null) {
            score("speaker (reported claims)").add(true, false);
        }
        if (!Objects.equals(g.speaker() == null, c.attributedTo() == null) || g.speaker() != null && !speakerRight) {
            misses.add(where + " speaker " + c.attributedTo() + " expected " + g.speaker());
        }
        boolean viaRight = g.via() != null && sameName(g.via(), c.via());
        score("via").add(viaRight, g.via() != null);
        if (!viaRight && c.via() != null) {
            score("via").add(true, false);
        }
    }

    private void furniture(Annotations.Seed seed, String text, Extraction extraction) {
        List<int[]> lines = new ArrayList<>();
        for (String line : seed.furniture()) {
            List<int[]> occurrences = lineOccurrences(text, line);
            if (occurrences.isEmpty()) {
                throw new IllegalStateException(seed.seed() + ": no furniture line " + line);
            }
            for (int[] occ : occurrences) {
                lines.add(occ);
                boolean covered = extraction.segments().stream()
                        .anyMatch(s -> !Segmenter.BODY.equals(s.rule()) && s.start() <= occ[0] && occ[1] <= s.end());
                score("furniture lines").add(covered, true);
                if (!covered) {
                    misses.add(seed.prefix() + " furniture kept as body: " + line);
                }
                for (ExtractedClaim c : extraction.claims()) {
                    if (c.anchor().start() < occ[1] && occ[0] < c.anchor().end()) {
                        furnitureClaims.add(seed.prefix() + ": \"" + line + "\" in claim \"" + c.text() + "\"");
                    }
                }
            }
        }
        for (Segment s : extraction.segments()) {
            if (!Segmenter.BODY.equals(s.rule()) && lines.stream().noneMatch(l -> l[0] < s.end() && s.start() < l[1])) {
                score("furniture lines").add(true, false);
                misses.add(seed.prefix() + " body marked " + s.rule() + " at " + s.start());
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

    static String normalizeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip();
        String[] words = s.split(" ");
        int from = 0;
        while (from < words.length - 1 && LEADING.contains(words[from])) {
            from++;
        }
        int to = words.length;
        if (to - from > 1 && words[to - 1].equals("report")) {
            to--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
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

    String table() {
        StringBuilder out = new StringBuilder(Score.header()).append('\n');
        scores.values().forEach(s -> out.append(s.row()).append('\n'));
        out.append(String.format(Locale.ROOT, "outlet stance right on %d of %d seeds; furniture claims: %d%n",
                outletStanceRight, seeds, furnitureClaims.size()));
        return out.toString();
    }
}
