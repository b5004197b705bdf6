package io.claimdesk.claim;

import io.claimdesk.extraction.StopWords;
import io.claimdesk.extraction.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a claim is found by in text search ({@code q}). Each claim's distinct words go into an indexed table
 * ({@code claim_word}), so a search narrows to the claims holding the searched words through an index instead of
 * reading every claim's text. Pure Java: used by the entity, the query and the migration that filled the table.
 */
public final class SearchWords {

    /** Longer words are cut to this many characters: the column's width; a search cuts its words alike. */
    public static final int MAX_LENGTH = 40;

    /** At most this many of a search's words narrow through the index (the longest ones: the rarest, usually). */
    static final int MAX_NARROWING = 3;

    private SearchWords() {
    }

    /** The distinct words of a text: letters and digits, lower-cased, stop words left out. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : split(text)) {
            if (!StopWords.SEARCH.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The words of a search that narrow it through the index, longest first. A search's last word may be unfinished
     * ("dron"), so every word is matched as the start of a stored word.
     */
    static List<String> narrowing(String query) {
        List<String> words = new ArrayList<>(of(query));
        words.sort((a, b) -> b.length() - a.length());
        return words.subList(0, Math.min(MAX_NARROWING, words.size()));
    }

    /** Whether a search is a single stored word as typed, so finding the word's start is finding the search. */
    static boolean isOneWord(String query) {
        String trimmed = query.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() <= MAX_LENGTH && of(trimmed).equals(Set.of(trimmed));
    }

    /**
     * The LIKE pattern for stored words starting with {@code word} (a word holds letters and digits only, so nothing
     * needs escaping). H2, and PostgreSQL in the C collation, read it as a range of the word index.
     */
    static String startingWith(String word) {
        return word + "%";
    }

    /** The text's words, lower-cased before it is cut, each cut to {@link #MAX_LENGTH}. */
    private static List<String> split(String text) {
        Words cut = Words.lettersAndDigits(text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>(cut.size());
        for (int i = 0; i < cut.size(); i++) {
            String word = cut.word(i);
            words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
        }
        return words;
    }
}
