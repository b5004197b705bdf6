package io.claimdesk.claim;

import io.claimdesk.extraction.StopWords;
import io.claimdesk.extraction.Words;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a claim is found by in text search ({@code q}). Each claim's distinct words go into an indexed table
 * ({@code claim_word}), so a search narrows to the claims holding the searched words through an index instead of
 * reading every claim's text. Words are stored lower-cased with their accents folded, so "anuncio" finds "anunció";
 * a Spanish or Portuguese claim also stores its words' stems ({@link WordStems}, marked with {@link #STEM}), so
 * "pasaporte" finds "pasaportes" and "buques" finds "buque". Pure Java: used by the entity, the query and migrations.
 */
public final class SearchWords {

    /** Longer words are cut to this many characters: the column's width; a search cuts its words alike. */
    public static final int MAX_LENGTH = 40;

    /** Marks a stored stem, so a stem is never found as the start of a word ("cas", of "casas", by "case"). */
    static final String STEM = "~";

    /** At most this many of a search's words narrow through the index (the longest ones: the rarest, usually). */
    static final int MAX_NARROWING = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchWords() {
    }

    /** One searched word: stored words starting with it, or stored stems equal to one of its stems, find a claim. */
    record Searched(String start, Set<String> stems) {

        /**
         * The ids of the claims holding the word, as an HQL subquery with parameters named after {@code name}, for
         * counting them with {@code count(distinct claimId)}: a claim may appear more than once (several words with
         * the prefix, or a word and a stem). Its stems are a second select joined by "union all", not an "or" inside
         * one select (with that "or" H2 read the whole word index), nor "union" (which sorts each side apart: three
         * times slower to count 12,000 claims).
         */
        String claimIds(String name) {
            String starting = "select w.id.claimId as claimId from ClaimWord w where " + starting(name);
            return stems.isEmpty() ? starting
                    : starting + " union all select w.id.claimId as claimId from ClaimWord w where w.id.word in :" + name + "stems";
        }

        /**
         * Whether the claim {@code claim} is among the claims holding the word, as two lists joined by "or": H2 reads
         * each list once, where it read {@code in (… union …)} again for every claim row (1 s a page at 100,000 claims).
         */
        String listedFor(String claim, String name) {
            String starting = claim + " in (select w.id.claimId from ClaimWord w where " + starting(name) + ")";
            return stems.isEmpty() ? starting
                    : "(" + starting + " or " + claim + " in (select w.id.claimId from ClaimWord w where w.id.word in :"
                    + name + "stems))";
        }

        /** Whether the claim {@code claim} holds the word: a probe of its own rows of the index. */
        String heldBy(String claim, String name) {
            String word = "(" + starting(name) + ")" + (stems.isEmpty() ? "" : " or w.id.word in :" + name + "stems");
            return "exists (select 1 from ClaimWord w where w.id.claimId = " + claim + " and (" + word + "))";
        }

        /**
         * Index words starting with the searched one: the LIKE says what matches, the range beside it lets the
         * database read only that part of the word index. H2 used no index for a bound LIKE inside a union (1–2 s to
         * count a common word's 12,000 claims at 100,000 claims); a range of bound values it always uses. Words are
         * folded letters and digits, so every word with the prefix lies in [prefix, prefix with its last letter
         * raised by one).
         */
        private static String starting(String name) {
            return "w.id.word like :" + name + " and w.id.word >= :" + name + "from and w.id.word < :" + name + "to";
        }

        Map<String, Object> params(String name) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put(name, start + "%");
            params.put(name + "from", start);
            params.put(name + "to", start.substring(0, start.length() - 1) + (char) (start.charAt(start.length() - 1) + 1));
            if (!stems.isEmpty()) {
                params.put(name + "stems", List.copyOf(stems));
            }
            return params;
        }
    }

    /** The distinct words of an English text (or one whose language is unknown): whole words only. */
    public static Set<String> of(String text) {
        return of(text, "en");
    }

    /** The distinct words of a text in a language: folded words without stop words, then the language's stems. */
    public static Set<String> of(String text, String language) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : split(text)) {
            if (!StopWords.SEARCH.contains(word)) {
                words.add(word);
            }
        }
        for (String stem : WordStems.of(text, language)) {
            words.add(cut(STEM + stem));
        }
        return words;
    }

    /**
     * The words of a search that narrow it through the index, longest first. A search's last word may be unfinished
     * ("dron"), so every word is matched as the start of a stored word; its stems in each language with stems are
     * matched whole, since the language of the search is not known.
     */
    static List<Searched> narrowing(String query) {
        List<String> words = new ArrayList<>(of(query));
        words.sort((a, b) -> b.length() - a.length());
        List<Searched> searched = new ArrayList<>();
        for (String word : words.subList(0, Math.min(MAX_NARROWING, words.size()))) {
            Set<String> stems = new LinkedHashSet<>();
            WordStems.ofSearchedWord(word).forEach(stem -> stems.add(cut(STEM + stem)));
            searched.add(new Searched(word, stems));
        }
        return searched;
    }

    /** Whether a search is a single stored word as typed (case and accents aside), so the index answers it alone. */
    static boolean isOneWord(String query) {
        String folded = fold(query.strip().toLowerCase(Locale.ROOT));
        return folded.length() <= MAX_LENGTH && of(folded).equals(Set.of(folded));
    }

    /** The text's words, lower-cased and folded before it is cut, each cut to {@link #MAX_LENGTH}. */
    private static List<String> split(String text) {
        Words cut = Words.lettersAndDigits(fold(text.toLowerCase(Locale.ROOT)));
        List<String> words = new ArrayList<>(cut.size());
        for (int i = 0; i < cut.size(); i++) {
            words.add(cut(cut.word(i)));
        }
        return words;
    }

    private static String cut(String word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
    }

    /** The text without accents: "nación" → "nacion", "ç" → "c". */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
