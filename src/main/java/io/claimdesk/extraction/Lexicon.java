package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set of words and phrases looked up token by token. Sentences are scanned once per lexicon with hash
 * lookups instead of one case-insensitive regex alternation per rule, which is what keeps the pipeline
 * at megabytes per second. An entry ending in "*" matches any word with that prefix ("terror*").
 */
final class Lexicon {

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final List<String[]> prefixed = new ArrayList<>();
    private final boolean caseSensitive;

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
                lexicon.prefixed.add(new String[] {words[0].substring(0, words[0].length() - 1)});
            } else {
                lexicon.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        return lexicon;
    }

    /** The first entry found in the words, as it stands in the text, or null. */
    String find(Words words) {
        for (int i = 0; i < words.size(); i++) {
            int length = matchAt(words, i);
            if (length > 0) {
                return words.original(i, i + length);
            }
        }
        return null;
    }

    boolean matches(Words words) {
        return find(words) != null;
    }

    /** Length in words of the entry matching at position i, or 0. */
    int matchAt(Words words, int i) {
        String w = caseSensitive ? words.word(i) : words.lower(i);
        List<String[]> candidates = byFirstWord.get(w);
        if (candidates != null) {
            for (String[] phrase : candidates) {
                if (phraseAt(words, i, phrase)) {
                    return phrase.length;
                }
            }
        }
        for (String[] p : prefixed) {
            if (w.startsWith(p[0])) {
                return 1;
            }
        }
        return 0;
    }

    private boolean phraseAt(Words words, int i, String[] phrase) {
        if (i + phrase.length > words.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            String w = caseSensitive ? words.word(i + k) : words.lower(i + k);
            if (!w.equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
