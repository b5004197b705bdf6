package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of words and phrases, looked up token by token rather than by one case-insensitive regular
 * expression per rule: with {@link LexiconSet} a sentence is scanned once for all lexicons together,
 * which is what keeps the pipeline at megabytes per second. An entry ending in "*" matches any word with
 * that prefix ("terror*").
 */
final class Lexicon {

    /** Phrases by their first word, in the order given: at one position the first that fits wins. */
    final Map<String, List<String[]>> byFirstWord = new LinkedHashMap<>();
    /** Prefix entries, tried only when no phrase fits. */
    final List<String> prefixes = new ArrayList<>();
    final boolean caseSensitive;

    private Lexicon(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    /** Entries are space-separated words; matching ignores case. */
    static Lexicon of(String... entries) {
        return build(false, entries);
    }

    /** For acronyms such as "US" that must not match the word "us". */
    static Lexicon caseSensitive(String... entries) {
        return build(true, entries);
    }

    private static Lexicon build(boolean caseSensitive, String... entries) {
        Lexicon lexicon = new Lexicon(caseSensitive);
        for (String entry : entries) {
            String[] words = (caseSensitive ? entry : entry.toLowerCase(Locale.ROOT)).split(" ");
            if (words.length == 1 && words[0].endsWith("*")) {
                lexicon.prefixes.add(words[0].substring(0, words[0].length() - 1));
            } else {
                lexicon.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        return lexicon;
    }
}
