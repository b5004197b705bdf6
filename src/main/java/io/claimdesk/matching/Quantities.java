package io.claimdesk.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds counted amounts with their unit nouns, and years. A number right after a month is a day and a
 * number right after a capitalised word is part of a name ("Mohajer 6"), so neither is counted.
 */
final class Quantities {

    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("dozens", 24), Map.entry("hundreds", 200),
            Map.entry("thousands", 2000));
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);
    private static final Set<String> HEDGES = Set.of("approximately", "about", "around", "some", "nearly", "almost",
            "roughly", "estimated", "least", "over", "than", "up", "many", "close", "more");
    private static final Set<String> UNIT_STOP = Set.of("of", "the", "a", "an", "and", "or", "on", "in", "to",
            "for", "with", "by", "from", "at", "who", "that", "which", "worth", "as", "per", "was", "were", "have",
            "has", "had", "been", "be", "is", "are");

    record Found(List<Quantity> quantities, List<Integer> years) {
    }

    private Quantities() {
    }

    static Found find(List<Words.Token> tokens) {
        List<Quantity> qs = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String raw = tokens.get(i).text();
            String lower = raw.toLowerCase();
            boolean money = raw.startsWith("$");
            String digits = raw.replace("$", "").replace(",", "");
            Double value = null;
            if (digits.matches("\\d+(\\.\\d+)?")) {
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
            qs.add(unit(tokens, i, j, value, money));
        }
        return new Found(qs, years);
    }

    /** The unit is the last plural or known unit noun among up to three following words. */
    private static Quantity unit(List<Words.Token> tokens, int numberAt, int from, double value, boolean money) {
        List<String> words = new ArrayList<>();
        for (int j = from; j < tokens.size() && words.size() < 3; j++) {
            String w = tokens.get(j).lower();
            if (UNIT_STOP.contains(w) || !Character.isLetter(w.codePointAt(0))) {
                break;
            }
            words.add(w);
        }
        int head = -1;
        for (int k = 0; k < words.size(); k++) {
            String stem = Words.stem(words.get(k));
            if (!Lexicon.unitClass(stem).equals(stem) || words.get(k).endsWith("s")) {
                head = k;
            }
        }
        if (head < 0 && !words.isEmpty()) {
            head = 0;
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
        boolean approximate = false;
        for (int k = Math.max(0, numberAt - 2); k < numberAt; k++) {
            approximate |= HEDGES.contains(tokens.get(k).lower());
        }
        String number = tokens.get(numberAt).text() + (from > numberAt + 1 ? " " + tokens.get(numberAt + 1).text() : "");
        String surface = unitText.isEmpty() ? number : number + " " + unitText;
        return new Quantity(value, unitClass, surface, approximate);
    }

    /** "a delegation of 120": with no noun after the number, the group noun before "of" says what is counted. */
    private static String collectiveBefore(List<Words.Token> tokens, int numberAt) {
        if (numberAt >= 2 && tokens.get(numberAt - 1).lower().equals("of")) {
            return Lexicon.unitClass(Words.stem(tokens.get(numberAt - 2).lower()));
        }
        return "count";
    }
}
