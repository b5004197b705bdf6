package io.claimdesk.matching;

import io.claimdesk.extraction.StopWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scorer compares, read once per claim: keys (t: word stems, e: name keys, c: concepts, y: years,
 * q: counted amounts) with the words they came from, the names written as list items in order, amounts,
 * and the cues of denial, trend and itinerary order; and what needs no translation ({@link CrossFeatures}), which
 * is all that is compared when either claim is not in English.
 */
record ClaimFeatures(ClaimCard card, Map<String, String> keys, String[] keyOrder, List<String> listedNames,
                     List<Quantity> quantities, Set<Integer> years, boolean denial, boolean allegation, boolean negates,
                     Set<String> nameTerms, String trendDown, String trendUp,
                     boolean ordered, KeyWeights weights, CrossFeatures cross) {

    /** en, es or pt: the card's, or told from the claim's words when the card does not know it. */
    String language() {
        return cross.language();
    }

    static ClaimFeatures of(ClaimCard card) {
        List<Words.Token> tokens = Words.tokens(card.text());
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> stems = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Set<String> stemSet = new HashSet<>();
        List<String> listed = new ArrayList<>();
        boolean negated = false;
        boolean ordered = false;
        Set<String> nameTerms = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Words.Token t = tokens.get(i);
            String lower = t.lower();
            // "not only", "not limited to": more is asserted, nothing denied
            negated |= Lexicon.NEGATION.contains(lower)
                    && !(i + 1 < tokens.size() && Lexicon.ADDITIVE.contains(tokens.get(i + 1).lower()));
            if (!Character.isLetter(t.text().codePointAt(0))) {
                continue;
            }
            boolean sentenceStart = i == 0 || startsSentence(card.text(), tokens.get(i - 1), t);
            if (Quantities.isNumberWord(lower)) {
                stems.add("");
                written.add("");
                continue;
            }
            if (t.capitalised() && !Lexicon.NOT_NAMES.contains(lower) && !Lexicon.MONTHS.containsKey(lower)) {
                List<String> added = addName(t.text(), keys);
                if (inList(card.text(), tokens, i)) {
                    added.stream().filter(k -> !listed.contains(k)).forEach(listed::add);
                }
                if (!sentenceStart) {
                    stems.add(Words.stem(lower));
                    written.add(t.text());
                    continue;
                }
                if (!added.isEmpty()) {
                    // a name that opens the sentence is read as a word too ("EBL rejected our figures")
                    nameTerms.add("t:" + Words.stem(lower.replace("’", "'")));
                }
            }
            if (StopWords.MATCHING.contains(lower) || lower.length() < 3 || Lexicon.SOURCING.contains(lower)) {
                stems.add("");
                written.add("");
                continue;
            }
            String stem = Words.stem(lower.replace("’", "'"));
            stems.add(stem);
            written.add(t.text());
            stemSet.add(stem);
            keys.putIfAbsent("t:" + stem, lower);
            ordered |= Lexicon.ORDER.contains(stem) || Lexicon.ORDER.contains(lower);
        }
        addConcepts(stems, written, keys);
        Quantities.Found found = Quantities.find(card.text(), tokens);
        // "Two people familiar with the talks" counts the sources, not anything that happened: no key, no conflict
        String source = card.attributedTo();
        List<Quantity> counted = found.quantities().stream()
                .filter(q -> source == null || !source.startsWith(q.surface())).toList();
        for (Quantity q : counted) {
            keys.putIfAbsent(q.key(), q.surface());
        }
        for (int y : found.years()) {
            keys.putIfAbsent("y:" + y, Integer.toString(y));
        }
        // the extractor's kind, where the card carries it, knows "denied entry" and "a rejection that … confirmed"
        // are no denial; without it, the words of denial and a disputing negation stand in
        boolean denialWords = stemSet.stream().anyMatch(Lexicon.DENIAL::contains);
        boolean denial = card.kind() != null ? "DENIAL".equals(card.kind())
                : denialWords || ("DISPUTES".equals(card.stance()) && negated);
        boolean allegation = "ALLEGATION".equals(card.kind()) || stemSet.stream().anyMatch(Lexicon.ACCUSATION::contains);
        return new ClaimFeatures(card, keys, keys.keySet().toArray(String[]::new), listed, counted,
                new HashSet<>(found.years()), denial, allegation, negated || denialWords, Set.copyOf(nameTerms),
                firstOf(tokens, Lexicon.TREND_DOWN), firstOf(tokens, Lexicon.TREND_UP), ordered, new KeyWeights(),
                CrossFeatures.of(card.text(), card.language(), CrossLexicon.STANDARD));
    }

    /** Capitals after sentence punctuation or an opening quote are no evidence of a name. */
    private static boolean startsSentence(String text, Words.Token previous, Words.Token t) {
        if (previous.text().endsWith(".")) {
            return true;
        }
        for (int c = previous.end(); c < t.start(); c++) {
            if (".:;!?\"“”".indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name written as an item of a list ("Bolivia, Chile … and Venezuela"): joined by a comma, "and" or
     * "or" to another capitalised word. Only such names can be in a different order.
     */
    private static boolean inList(String text, List<Words.Token> tokens, int i) {
        return listNeighbour(text, tokens, i, 1) || listNeighbour(text, tokens, i, -1);
    }

    private static boolean listNeighbour(String text, List<Words.Token> tokens, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= tokens.size()) {
            return false;
        }
        Words.Token near = step > 0 ? tokens.get(i) : tokens.get(j);
        Words.Token far = step > 0 ? tokens.get(j) : tokens.get(i);
        boolean comma = text.substring(near.end(), far.start()).contains(",");
        if (tokens.get(j).lower().matches("and|or")) {
            j += step;
            comma = true;
        }
        return comma && j >= 0 && j < tokens.size() && tokens.get(j).capitalised();
    }

    /** Hyphenated names count part by part, so "Takht-e-Ravanchi", "Takht-Ravanchi" and "Ravanchi" meet. */
    private static List<String> addName(String word, Map<String, String> keys) {
        List<String> added = new ArrayList<>();
        for (String part : word.split("[-‐]")) {
            String key = Words.nameKey(part);
            if (key.length() >= 2 && !Lexicon.NOT_NAMES.contains(part.toLowerCase())) {
                keys.putIfAbsent("e:" + key, part.replaceAll("[.’']+$", ""));
                added.add(key);
            }
        }
        return added;
    }

    /**
     * Concepts named by a stem or a pair of neighbouring stems; the key keeps the words as the claim writes them
     * ("defence ministry"), since evidence is read by people, not the stems it was matched on.
     */
    private static void addConcepts(List<String> stems, List<String> written, Map<String, String> keys) {
        Map<String, String> grams = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            String s = stems.get(i);
            if (s.isEmpty()) {
                continue;
            }
            grams.putIfAbsent(s, written.get(i));
            if (i > 0 && !stems.get(i - 1).isEmpty()) {
                grams.putIfAbsent(stems.get(i - 1) + " " + s, written.get(i - 1) + " " + written.get(i));
            }
        }
        for (Map.Entry<String, List<String>> c : Lexicon.CONCEPTS.entrySet()) {
            for (String phrase : c.getValue()) {
                String words = grams.get(phrase);
                if (words != null) {
                    keys.putIfAbsent("c:" + c.getKey(), words);
                    break;
                }
            }
        }
    }

    /** The first word of the given trend set, as written; null when none. */
    private static String firstOf(List<Words.Token> tokens, Set<String> set) {
        for (Words.Token t : tokens) {
            String lower = t.lower();
            if (Character.isLetter(lower.codePointAt(0)) && set.contains(Words.stem(lower))) {
                return lower;
            }
        }
        return null;
    }

    /** A question, hope or judgement: nothing a denial contradicts or a figure conflicts with. */
    boolean opinion() {
        return "OPINION".equals(card.kind());
    }

    String text() {
        return card.text();
    }
}
