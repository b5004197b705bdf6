package io.claimdesk.matching;

import io.claimdesk.extraction.StopWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds counted amounts with their unit nouns, and years. A number right after a month is a day and a
 * number right after a capitalised word is part of a name ("Mohajer 6"), so neither is counted.
 */
final class Quantities {

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
    /** Punctuation that ends a clause: a number beyond it is about something else. */
    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[,;:–—(]");

    /** "two", "twelve": read as amounts, never as names or words of the claim's subject. */
    static boolean isNumberWord(String lower) {
        return WORD_NUMBERS.containsKey(lower);
    }

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("dozens", 24), Map.entry("hundreds", 200),
            Map.entry("thousands", 2000));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);
    private static final Set<String> HEDGES = Set.of("approximately", "about", "around", "some", "nearly", "almost",
            "roughly", "estimated", "least", "over", "than", "up", "many", "close", "more");

    private static final int CONTEXT_WORDS = 3;
    private static final Set<String> VAGUE_BEFORE = Set.of("several", "some", "many", "few", "a");
    private static final int BACK_WORDS = 10;
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "whereas", "or");

    record Found(List<Quantity> quantities, List<Integer> years) {
    }

    private Quantities() {
    }

    static Found find(String text, List<Words.Token> tokens) {
        List<Quantity> qs = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String raw = tokens.get(i).text();
            String lower = raw.toLowerCase();
            boolean money = raw.startsWith("$");
            String digits = raw.replace("$", "").replace(",", "");
            Double value = null;
            if (DECIMAL.matcher(digits).matches()) {
                value = Double.parseDouble(digits);
            } else if (WORD_NUMBERS.containsKey(lower)) {
                value = (double) WORD_NUMBERS.get(lower);
            }
            if (value == null || (raw.contains("$") && !money)) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).text() : "";
            boolean year = !money && digits.length() == 4 && value >= 1900 && value <= 2099;
            boolean afterMonth = Lexicon.MONTHS.containsKey(prev.toLowerCase());
            boolean afterName = i > 1 && Character.isUpperCase(prev.codePointAt(0))
                    && Character.isDigit(raw.codePointAt(raw.length() - 1)) && !WORD_NUMBERS.containsKey(prev.toLowerCase());
            if (year && !(i + 1 < tokens.size() && SCALES.containsKey(tokens.get(i + 1).lower()))) {
                years.add(value.intValue());
                continue;
            }
            if (afterMonth || afterName) {
                continue;
            }
            int j = i + 1;
            if (j < tokens.size() && SCALES.containsKey(tokens.get(j).lower())) {
                value *= SCALES.get(tokens.get(j).lower());
                j++;
            }
            Quantity q = percent(text, tokens, i, value);
            if (q == null) {
                q = unit(text, tokens, i, j, value, money);
            }
            q = q.in(context(text, tokens, i, j));
            qs.add(isVague(tokens, i) ? q.asVague() : q);
        }
        return new Found(qs, years);
    }

    /** The unit is the last plural or known unit noun among up to three following words. */
    private static Quantity unit(String text, List<Words.Token> tokens, int numberAt, int from, double value, boolean money) {
        List<String> words = new ArrayList<>();
        for (int j = from; j < tokens.size() && words.size() < 3; j++) {
            String w = tokens.get(j).lower();
            if (StopWords.UNITS.contains(w) || !Character.isLetter(w.codePointAt(0))) {
                break;
            }
            words.add(w);
        }
        // a noun the lexicon knows first ("24 people, authorities said"), else the last plural ("2,500
        // refrigerated containers"); a lone following word that is neither ("27, up from 19") is no unit
        int head = -1;
        for (int k = 0; k < words.size() && head < 0; k++) {
            String stem = Words.stem(words.get(k));
            head = !Lexicon.unitClass(stem).equals(stem) ? k : -1;
        }
        if (head < 0) {
            head = lastPlural(words);
        }
        String unitClass;
        String unitText = head < 0 ? "" : String.join(" ", words.subList(0, head + 1));
        if (money || (head >= 0 && Lexicon.unitClass(Words.stem(words.get(head))).equals("money"))) {
            unitClass = "money";
        } else if (head >= 0) {
            unitClass = Lexicon.unitClass(Words.stem(words.get(head)));
        } else {
            unitClass = collectiveBefore(tokens, numberAt);
        }
        if (unitClass.equals("count")) {
            unitClass = knownUnitBefore(text, tokens, numberAt);
        }
        boolean approximate = hedged(tokens, numberAt);
        String number = tokens.get(numberAt).text() + (from > numberAt + 1 ? " " + tokens.get(numberAt + 1).text() : "");
        String surface = unitText.isEmpty() ? number : number + " " + unitText;
        return new Quantity(value, unitClass, surface, approximate);
    }

    /** "hundreds of", "dozens", "several hundred", "some thousands": no figure to compare. */
    private static boolean isVague(List<Words.Token> tokens, int at) {
        String word = tokens.get(at).lower();
        if (word.endsWith("s") && WORD_NUMBERS.containsKey(word)) {
            return true;
        }
        return at > 0 && VAGUE_BEFORE.contains(tokens.get(at - 1).lower())
                && (word.equals("hundred") || word.equals("thousand") || word.equals("dozen"));
    }

    private static int lastPlural(List<String> words) {
        int last = -1;
        for (int k = 0; k < words.size(); k++) {
            last = words.get(k).endsWith("s") ? k : last;
        }
        return last;
    }

    /**
     * "put the number of workers … at about 1,500", "the death toll to 27": with no unit after the number, a noun
     * the lexicon knows earlier in the same clause says what is counted.
     */
    private static String knownUnitBefore(String text, List<Words.Token> tokens, int numberAt) {
        for (int k = numberAt - 1; k >= 0 && k >= numberAt - BACK_WORDS && !boundary(text, tokens, k, k + 1); k--) {
            String stem = Words.stem(tokens.get(k).lower());
            if (!Lexicon.unitClass(stem).equals(stem)) {
                return Lexicon.unitClass(stem);
            }
        }
        return "count";
    }

    /** "11.25%", "6 percent", "4.5 per cent": a share, whatever it is a share of (the context says that). */
    private static Quantity percent(String text, List<Words.Token> tokens, int at, double value) {
        Words.Token t = tokens.get(at);
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).lower() : "";
        boolean sign = t.end() < text.length() && text.charAt(t.end()) == '%';
        if (!sign && !next.equals("percent") && !(next.equals("per") && at + 2 < tokens.size()
                && tokens.get(at + 2).lower().equals("cent"))) {
            return null;
        }
        return new Quantity(value, "percent", t.text() + (sign ? "%" : " percent"), hedged(tokens, at));
    }

    /** "about 60", "at least 24", "some 75": the text hedges the figure. */
    private static boolean hedged(List<Words.Token> tokens, int numberAt) {
        for (int k = Math.max(0, numberAt - 2); k < numberAt; k++) {
            if (HEDGES.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the amount is said of: the uncommon words of its own clause, up to three before the number and three
     * after its unit ("41 people remain missing" → missing; "raised its rate to 11.25%" → raised, rate). Two
     * figures for the same unit are only compared when they are said of the same thing.
     */
    private static Set<String> context(String text, List<Words.Token> tokens, int numberAt, int unitFrom) {
        Set<String> out = new java.util.HashSet<>();
        int taken = 0;
        for (int k = numberAt - 1; k >= 0 && taken < CONTEXT_WORDS && !boundary(text, tokens, k, k + 1); k--) {
            taken += addContext(tokens.get(k), out) ? 1 : 0;
        }
        int after = unitFrom;
        while (after < tokens.size() && after < unitFrom + 3 && Character.isLetter(tokens.get(after).text().codePointAt(0))
                && !StopWords.UNITS.contains(tokens.get(after).lower()) && !boundary(text, tokens, after - 1, after)) {
            after++;
        }
        taken = 0;
        for (int k = after; k < tokens.size() && taken < CONTEXT_WORDS && !boundary(text, tokens, k - 1, k); k++) {
            taken += addContext(tokens.get(k), out) ? 1 : 0;
        }
        return out;
    }

    private static boolean addContext(Words.Token t, Set<String> out) {
        String lower = t.lower();
        if (lower.length() < 3 || !Character.isLetter(lower.codePointAt(0)) || StopWords.MATCHING.contains(lower)
                || Lexicon.MONTHS.containsKey(lower) || HEDGES.contains(lower)) {
            return false;
        }
        return out.add(Words.stem(lower));
    }

    /** A clause ends between two tokens at a comma, semicolon, colon or dash, or at a joining "and", "but", "while". */
    private static boolean boundary(String text, List<Words.Token> tokens, int left, int right) {
        if (left < 0 || right >= tokens.size()) {
            return true;
        }
        String gap = text.substring(tokens.get(left).end(), tokens.get(right).start());
        return CLAUSE_MARK.matcher(gap).find() || CLAUSE_JOINS.contains(tokens.get(right).lower())
                || CLAUSE_JOINS.contains(tokens.get(left).lower());
    }

    /** "a delegation of 120": with no noun after the number, the group noun before "of" says what is counted. */
    private static String collectiveBefore(List<Words.Token> tokens, int numberAt) {
        if (numberAt >= 2 && tokens.get(numberAt - 1).lower().equals("of")) {
            return Lexicon.unitClass(Words.stem(tokens.get(numberAt - 2).lower()));
        }
        return "count";
    }
}
