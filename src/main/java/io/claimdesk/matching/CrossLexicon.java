package io.claimdesk.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * What needs no translation to compare claims written in English, Spanish and Portuguese, read from
 * {@code matching/concepts.json}: concepts, places and organisations under one id whatever the language, the units
 * numbers count, number words, scales, months and hedges. Every word is compared in one normal form: stemmed with
 * its own language's Snowball stemmer, then accent-folded ("delegaciones" and "delegación" meet, "delegações" and
 * "delegação" too).
 */
final class CrossLexicon {

    static final String RESOURCE = "matching/concepts.json";
    static final List<String> LANGUAGES = List.of("en", "es", "pt");

    /**
     * A concept, place or unit as one language writes it.
     *
     * @param words      the phrase's words in normal form
     * @param exactCase  an acronym ("US", "ONU") matches only as written, so the pronoun "us" is no country
     * @param capital    the lexicon writes it capitalised ("Iran"): it matches only a capitalised word
     */
    record Phrase(String id, Kind kind, List<String> words, boolean exactCase, String written, boolean capital,
                  boolean country, boolean generic) {
    }

    enum Kind { CONCEPT, PLACE, UNIT }

    /**
     * Per language, by the normal form of the phrase's first word, longest phrase first so "memorando de
     * entendimiento" wins over "memorando": each word of a claim is looked up once.
     */
    private final Map<String, Map<String, List<Phrase>>> phrases;
    private final Map<String, Map<String, Double>> numbers;
    private final Map<String, Map<String, Double>> scales;
    private final Map<String, Integer> months;
    private final Map<String, List<List<String>>> hedges;
    private final Set<String> notNames;
    private final Map<String, CharArraySet> stopWords;

    private CrossLexicon(JsonNode root) {
        Map<String, List<Phrase>> byLanguage = new HashMap<>();
        LANGUAGES.forEach(l -> byLanguage.put(l, new ArrayList<>()));
        readPhrases(root.get("concepts"), Kind.CONCEPT, byLanguage);
        readPhrases(root.get("places"), Kind.PLACE, byLanguage);
        readPhrases(root.get("units"), Kind.UNIT, byLanguage);
        Map<String, Map<String, List<Phrase>>> byFirstWord = new HashMap<>();
        byLanguage.forEach((language, list) -> {
            list.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
            Map<String, List<Phrase>> index = new HashMap<>();
            list.forEach(p -> index.computeIfAbsent(p.words().get(0), w -> new ArrayList<>()).add(p));
            byFirstWord.put(language, index);
        });
        phrases = Map.copyOf(byFirstWord);
        numbers = readValues(root.get("numbers"));
        scales = readValues(root.get("scales"));
        months = new HashMap<>();
        hedges = new HashMap<>();
        for (String l : LANGUAGES) {
            JsonNode m = root.get("months").get(l);
            for (int i = 0; i < m.size(); i++) {
                months.putIfAbsent(fold(m.get(i).asText()), i + 1);
            }
            List<List<String>> h = new ArrayList<>();
            root.get("hedges").get(l).forEach(n -> h.add(List.of(fold(n.asText()).split(" "))));
            hedges.put(l, h);
        }
        notNames = new HashSet<>();
        root.get("notNames").forEach(list -> list.forEach(n -> notNames.add(fold(n.asText()))));
        stopWords = Map.of("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "es", SpanishAnalyzer.getDefaultStopSet(),
                "pt", PortugueseAnalyzer.getDefaultStopSet());
    }

    private static CrossLexicon load() {
        try (InputStream in = CrossLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CrossLexicon(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readPhrases(JsonNode section, Kind kind, Map<String, List<Phrase>> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean country = e.getValue().path("country").asBoolean(false);
            boolean generic = e.getValue().path("generic").asBoolean(false);
            for (String l : LANGUAGES) {
                for (JsonNode n : e.getValue().path(l)) {
                    String written = n.asText();
                    List<String> words = new ArrayList<>();
                    Words.tokens(written).forEach(t -> words.add(normal(t.lower(), l)));
                    boolean acronym = written.length() >= 2 && written.replace(".", "").chars().allMatch(Character::isUpperCase);
                    if (words.isEmpty()) {
                        continue;
                    }
                    into.get(l).add(new Phrase(e.getKey(), kind, List.copyOf(words), acronym, written,
                            Character.isUpperCase(written.codePointAt(0)), country, generic));
                }
            }
        }
    }

    private static Map<String, Map<String, Double>> readValues(JsonNode section) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (String l : LANGUAGES) {
            Map<String, Double> m = new HashMap<>();
            section.get(l).fields().forEachRemaining(e -> m.put(fold(e.getKey()), e.getValue().asDouble()));
            out.put(l, m);
        }
        return out;
    }

    /** The phrases of the language whose first word has this normal form, longest first. */
    List<Phrase> phrases(String language, String firstWord) {
        return phrases.getOrDefault(language, phrases.get("en")).getOrDefault(firstWord, List.of());
    }

    /** "sesenta" → 60 in Spanish; null when the word is no number word of that language. */
    Double number(String language, String lower) {
        return numbers.getOrDefault(language, Map.of()).get(fold(lower));
    }

    Double scale(String language, String lower) {
        return scales.getOrDefault(language, Map.of()).get(fold(lower));
    }

    /** The month a word names in any of the three languages, or null. */
    Integer month(String lower) {
        return months.get(fold(lower));
    }

    List<List<String>> hedges(String language) {
        return hedges.getOrDefault(language, List.of());
    }

    /** A capitalised word that is no name: a role, a weekday, a function word of any of the three languages. */
    boolean notName(String lower) {
        String folded = fold(lower);
        return notNames.contains(folded) || months.containsKey(folded) || Lexicon.NOT_NAMES.contains(lower)
                || stopWords.values().stream().anyMatch(s -> s.contains(lower) || s.contains(folded));
    }

    boolean stopWord(String language, String lower) {
        return stopWords.getOrDefault(language, stopWords.get("en")).contains(lower);
    }

    /**
     * The language of a claim whose article's language is not known: Spanish or Portuguese only when that
     * language's function words clearly outnumber the others, so an English claim is never read as Spanish.
     */
    static String guess(List<Words.Token> tokens) {
        int en = 0;
        int es = 0;
        int pt = 0;
        for (Words.Token t : tokens) {
            String w = t.lower();
            en += EN_ONLY.contains(w) ? 1 : 0;
            es += ES_ONLY.contains(w) ? 1 : 0;
            pt += PT_ONLY.contains(w) ? 1 : 0;
        }
        for (Words.Token t : tokens) {
            // letters only one of the languages writes
            es += t.text().chars().anyMatch(c -> c == 'ñ' || c == 'Ñ') ? 2 : 0;
            pt += t.text().chars().anyMatch(c -> "ãõçÃÕÇ".indexOf(c) >= 0) ? 2 : 0;
        }
        if (es >= 2 && es > 2 * en && es > pt) {
            return "es";
        }
        if (pt >= 2 && pt > 2 * en && pt > es) {
            return "pt";
        }
        return "en";
    }

    private static final Set<String> EN_ONLY = Set.of("the", "of", "and", "to", "in", "was", "were", "said", "that",
            "with", "for", "has", "have", "which", "by", "on", "from", "its", "their", "would", "are", "be", "but", "is", "it",
            "not", "or", "this", "will", "they", "these", "there", "then", "into", "at", "an", "he", "she", "his", "her",
            "who", "had", "been", "we", "our", "you", "any", "one", "single", "all", "than");
    private static final Set<String> ES_ONLY = Set.of("el", "los", "las", "del", "y", "que", "una", "por", "para",
            "con", "según", "fue", "dijo", "afirmó", "sus", "al", "entre", "más", "sobre", "también", "habría", "está", "en",
            "la", "un", "es", "son", "han", "ha", "lo", "le", "les", "muy", "hasta", "desde", "donde", "este", "esta", "ese");
    private static final Set<String> PT_ONLY = Set.of("o", "os", "do", "da", "dos", "das", "e", "não", "uma", "em",
            "pelo", "pela", "com", "foi", "disse", "afirmou", "seus", "ao", "entre", "mais", "sobre", "também", "teria", "na",
            "nas", "um", "é", "são", "à", "às", "aos", "até", "desde", "onde", "este", "esta", "esse", "essa");

    private static final Map<String, ThreadLocal<SnowballStemmer>> STEMMERS = Map.of(
            "en", ThreadLocal.withInitial(EnglishStemmer::new),
            "es", ThreadLocal.withInitial(SpanishStemmer::new),
            "pt", ThreadLocal.withInitial(PortugueseStemmer::new));

    private static final int ASCII = 128;
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** Loaded after the stemmers and word lists above, which reading the phrases needs. */
    static final CrossLexicon STANDARD = load();

    /** A word's normal form in its language: stemmed, then accents folded. */
    static String normal(String lower, String language) {
        SnowballStemmer s = STEMMERS.getOrDefault(language, STEMMERS.get("en")).get();
        s.setCurrent(lower.replace("’", "'"));
        s.stem();
        return fold(s.getCurrent());
    }

    static String fold(String s) {
        // most words have no accent: normalising every word would cost more than the rest of a claim's reading
        if (s.chars().allMatch(c -> c < ASCII)) {
            return s.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

}
