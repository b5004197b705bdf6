package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides a sentence's kind, stance, whether it is checkable and disputed, and how much it is worth
 * checking, from surface features that a reviewer can see in the sentence itself.
 */
final class ClaimClassifier {

    record Verdict(ClaimKind kind, ClaimStance stance, boolean checkable, double checkworthiness,
                   List<String> features, boolean disputed, String disputedReason) {}

    private static final Lexicon DENIAL = Lexicon.of("denied", "denies", "deny", "denying", "rejected", "rejects",
            "dismissed", "dismisses", "refuted", "refutes", "ridiculous", "baseless", "unfounded", "not true",
            "false claim", "false claims", "fabricated", "fabrication", "fabrications", "lies");
    /** The outlet keeps its distance: the claim is carried but not vouched for. */
    private static final Lexicon HEDGE = Lexicon.of("allegedly", "alleged", "supposedly", "supposed", "reportedly",
            "purportedly", "suspected", "suspicion", "suspicions", "assumed", "possible", "unconfirmed", "unverified",
            "not yet clarified", "was never revealed", "never known");
    private static final Lexicon ACCUSATION = Lexicon.of("accused", "accuses", "accusing", "accusation",
            "accusations", "claimed", "warned of", "warned against", "plotting", "plotted", "plot");
    private static final Lexicon OPINION = Lexicon.of("should", "must", "ought to", "perhaps", "seem", "seems",
            "seemed", "appear to", "appears to", "in this sense", "arguably", "intriguing", "i think", "we believe",
            "it is clear");
    private static final Lexicon NUMBER_WORDS = Lexicon.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
            "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens");
    private static final Lexicon DATE_WORDS = Lexicon.caseSensitive("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last year", "this year", "next year",
            "last month", "last week", "years ago", "year ago");
    private static final Lexicon MONTHS = Lexicon.caseSensitive("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");
    private static final Lexicon SUPERLATIVE = Lexicon.of("first", "last", "only", "largest", "biggest", "most",
            "least", "highest", "lowest", "record", "never", "always");
    private static final Set<String> QUESTION_OPENERS = Set.of("Did", "Does", "Do", "Is", "Are", "Was", "Were",
            "Will", "Would", "Can", "Could", "Should");

    private static final int MIN_CHECKABLE_WORDS = 5;

    Verdict classify(String sentence, Words words, Attribution attribution, boolean directQuote, int properNames,
                     List<String> topics) {
        List<String> features = new ArrayList<>();
        String denial = DENIAL.find(words);
        String hedge = HEDGE.find(words);
        String accusation = ACCUSATION.find(words);
        boolean opinion = hasOpinion(words);
        boolean question = sentence.endsWith("?") || words.size() > 1 && QUESTION_OPENERS.contains(words.word(0))
                && Character.isUpperCase(words.word(1).charAt(0));
        boolean number = hasCount(words);
        boolean date = hasDate(words);
        boolean superlative = SUPERLATIVE.matches(words);

        double score = 0.1;
        if (number) {
            features.add("number");
            score += 0.25;
        }
        if (date) {
            features.add("date");
            score += 0.15;
        }
        if (properNames > 0) {
            features.add("named-entity");
            score += properNames >= 3 ? 0.2 : 0.15;
        }
        if (attribution.found()) {
            features.add(attribution.cue());
            score += 0.1;
        }
        if (directQuote) {
            features.add("direct-quote");
        }
        if (denial != null) {
            features.add("denial");
            score += 0.15;
        }
        if (hedge != null) {
            features.add("hedge");
            score += 0.15;
        }
        if (accusation != null) {
            features.add("accusation");
            score += 0.15;
        }
        if (superlative) {
            features.add("superlative");
            score += 0.05;
        }
        if (!topics.isEmpty()) {
            features.add("topic");
            score += 0.1;
        }
        if (opinion) {
            features.add("opinion-marker");
            score -= 0.3;
        }
        if (question) {
            features.add("question");
            score -= 0.4;
        }
        boolean checkable = !opinion && !question && (number || date || properNames > 0 || attribution.found())
                && words.size() >= MIN_CHECKABLE_WORDS;

        ClaimKind kind;
        if (denial != null) {
            kind = ClaimKind.DENIAL;
        } else if (accusation != null || hedge != null) {
            kind = ClaimKind.ALLEGATION;
        } else if (directQuote) {
            kind = ClaimKind.QUOTE;
        } else if (opinion || question) {
            kind = ClaimKind.OPINION;
        } else if (number) {
            kind = ClaimKind.QUANTITY;
        } else {
            kind = ClaimKind.EVENT;
        }

        ClaimStance stance;
        if (denial != null || hedge != null) {
            stance = ClaimStance.DISPUTES;
        } else if (attribution.found()) {
            stance = ClaimStance.REPORTS;
        } else {
            stance = ClaimStance.ASSERTS;
        }

        String reason = null;
        if (denial != null) {
            reason = "denial: \"" + denial + "\"";
        } else if (hedge != null) {
            reason = "hedged: \"" + hedge + "\"";
        } else if (accusation != null) {
            reason = "allegation: \"" + accusation + "\"";
        }
        double rounded = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100.0;
        return new Verdict(kind, stance, checkable, rounded, features, reason != null, reason);
    }

    /** "It should be noted" introduces a fact, not an opinion. */
    private static boolean hasOpinion(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (OPINION.matchAt(words, i) > 0
                    && !(words.lower(i).equals("should") && i + 2 < words.size() && words.lower(i + 2).equals("noted"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDate(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (isYear(words.word(i)) || isDecade(words.word(i)) || DATE_WORDS.matchAt(words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A number that counts something: years and days of the month are dates, not quantities. */
    private static boolean hasCount(Words words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            boolean numeric = Character.isDigit(w.charAt(0)) || (w.length() > 1 && "$€£".indexOf(w.charAt(0)) >= 0
                    && Character.isDigit(w.charAt(1)));
            if (numeric) {
                if (isYear(w) || isDecade(w) || i > 0 && MONTHS.matchAt(words, i - 1) > 0) {
                    continue;
                }
                return true;
            }
            if (NUMBER_WORDS.matchAt(words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "1980s". */
    private static boolean isDecade(String w) {
        return w.length() == 5 && w.charAt(4) == 's' && isYear(w.substring(0, 4));
    }

    private static boolean isYear(String w) {
        if (w.length() != 4 || !Character.isDigit(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1800 && y <= 2099;
    }
}
