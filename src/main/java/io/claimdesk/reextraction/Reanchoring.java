package io.claimdesk.reextraction;

import io.claimdesk.extraction.Anchor;
import io.claimdesk.extraction.ExtractedClaim;
import io.claimdesk.extraction.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds where claims anchored by an earlier run of the extractor stand after a new run over the same text. Plain
 * Java, no database: the service decides what to store.
 *
 * <p>Each claim is looked for in three passes, each pass over all claims before the next, so that a loose match
 * never takes a drawn claim another claim matches exactly: (1) a newly drawn claim with the same quote, the one
 * whose prefix and suffix agree best; (2) the same quote anywhere else in the text, which the new run did not
 * draw as a claim; (3) the drawn claim whose words overlap most, at least {@value #FUZZY_MIN}. A claim none of
 * them finds is an orphan. No two claims end up at the same place.
 */
final class Reanchoring {

    /** Share of words a reworded quote must keep to count as the same claim. */
    static final double FUZZY_MIN = 0.8;

    private Reanchoring() {
    }

    enum How {
        /** Same quote, same place. */
        KEPT,
        /** Same quote, another place. */
        MOVED,
        /** A drawn claim with mostly the same words. */
        FUZZY,
        /** Not found. */
        ORPHANED
    }

    /**
     * Where one claim went.
     *
     * @param anchor null for an orphan
     * @param drawn  the new run's claim at that place, whose reading the claim takes; null when the quote was found
     *               in the text but the new run drew no claim there, and for an orphan
     */
    record Placement(How how, Anchor anchor, ExtractedClaim drawn) {
    }

    /** @param unused the drawn claims no earlier claim took: new claims */
    record Result(Map<Long, Placement> placements, List<ExtractedClaim> unused) {
    }

    /** @param earlier the claims to place, by id, each with the anchor it had */
    static Result place(String text, Map<Long, Anchor> earlier, List<ExtractedClaim> drawn) {
        List<ExtractedClaim> free = new ArrayList<>(drawn);
        Map<Long, Placement> placed = new LinkedHashMap<>();
        // Every drawn place is spoken for: by the claim that takes it, or by a new claim.
        Set<Span> taken = drawn.stream().map(d -> Span.of(d.anchor())).collect(Collectors.toCollection(HashSet::new));

        for (Map.Entry<Long, Anchor> e : earlier.entrySet()) {
            Anchor was = e.getValue();
            free.stream().filter(d -> d.anchor().exact().equals(was.exact()))
                    .max(closest(was, ExtractedClaim::anchor))
                    .ifPresent(d -> {
                        free.remove(d);
                        placed.put(e.getKey(), new Placement(howFar(was, d.anchor()), d.anchor(), d));
                    });
        }
        for (Map.Entry<Long, Anchor> e : earlier.entrySet()) {
            if (!placed.containsKey(e.getKey())) {
                Anchor was = e.getValue();
                occurrences(text, was.exact()).stream().filter(a -> !taken.contains(Span.of(a)))
                        .max(closest(was, Function.identity()))
                        .ifPresent(a -> {
                            taken.add(Span.of(a));
                            placed.put(e.getKey(), new Placement(howFar(was, a), a, null));
                        });
            }
        }
        Map<ExtractedClaim, Set<String>> wordsOf = new HashMap<>();
        free.forEach(d -> wordsOf.put(d, words(d.anchor().exact())));
        for (Map.Entry<Long, Anchor> e : earlier.entrySet()) {
            if (!placed.containsKey(e.getKey())) {
                Anchor was = e.getValue();
                Set<String> words = words(was.exact());
                free.stream().filter(d -> overlap(words, wordsOf.get(d)) >= FUZZY_MIN)
                        .max(Comparator.<ExtractedClaim>comparingDouble(d -> overlap(words, wordsOf.get(d)))
                                .thenComparing(closest(was, ExtractedClaim::anchor)))
                        .ifPresent(d -> {
                            free.remove(d);
                            placed.put(e.getKey(), new Placement(How.FUZZY, d.anchor(), d));
                        });
            }
        }
        Map<Long, Placement> all = new LinkedHashMap<>();
        earlier.keySet().forEach(id -> all.put(id, placed.getOrDefault(id, new Placement(How.ORPHANED, null, null))));
        return new Result(all, List.copyOf(free));
    }

    private static How howFar(Anchor was, Anchor now) {
        return was.start() == now.start() && was.end() == now.end() ? How.KEPT : How.MOVED;
    }

    /** Better when more of the context agrees, then when nearer the old place. */
    private static <T> Comparator<T> closest(Anchor was, Function<T, Anchor> anchor) {
        return Comparator.<T>comparingInt(t -> contextAgreement(was, anchor.apply(t)))
                .thenComparingInt(t -> -Math.abs(anchor.apply(t).start() - was.start()));
    }

    /** Characters of prefix that agree reading backwards from the quote, plus those of suffix reading forwards. */
    static int contextAgreement(Anchor was, Anchor now) {
        String p1 = was.prefix();
        String p2 = now.prefix();
        int before = 0;
        while (before < p1.length() && before < p2.length()
                && p1.charAt(p1.length() - 1 - before) == p2.charAt(p2.length() - 1 - before)) {
            before++;
        }
        String s1 = was.suffix();
        String s2 = now.suffix();
        int after = 0;
        while (after < s1.length() && after < s2.length() && s1.charAt(after) == s2.charAt(after)) {
            after++;
        }
        return before + after;
    }

    /** Every place the quote stands in the text, as anchors (code-point offsets, fresh context). */
    static List<Anchor> occurrences(String text, String quote) {
        List<Anchor> found = new ArrayList<>();
        if (quote.isEmpty()) {
            return found;
        }
        int quoteCodePoints = quote.codePointCount(0, quote.length());
        int charsSeen = 0;
        int codePointsSeen = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            codePointsSeen += text.codePointCount(charsSeen, at);
            charsSeen = at;
            found.add(Anchor.of(text, codePointsSeen, codePointsSeen + quoteCodePoints));
        }
        return found;
    }

    /** Shared words over the longer quote's words: 1 for the same words, low when either quote adds many. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.max(a.size(), b.size());
    }

    /** The quote's lower-case words, cut as text search cuts them: "U.S.-backed" is u, s and backed. */
    static Set<String> words(String text) {
        Words cut = Words.lettersAndDigits(text.toLowerCase(Locale.ROOT));
        Set<String> words = new HashSet<>();
        for (int i = 0; i < cut.size(); i++) {
            words.add(cut.word(i));
        }
        return words;
    }

    /** A place in the text. */
    private record Span(int start, int end) {
        static Span of(Anchor a) {
            return new Span(a.start(), a.end());
        }
    }
}
