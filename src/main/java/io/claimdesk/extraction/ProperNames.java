package io.claimdesk.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Capitalised words that are not sentence openers: a cheap stand-in for the people and places a text names. */
final class ProperNames {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2009\\u202F]+");

    private ProperNames() {
    }

    static Set<String> in(String text, Set<String> stopWords) {
        Set<String> names = new HashSet<>();
        List<String> raw = rawTokens(text);
        boolean sentenceStart = true;
        for (String token : raw) {
            String w = Texts.stripPunct(token);
            if (!w.isEmpty() && !sentenceStart && Texts.startsUpper(w)
                    && !stopWords.contains(w.toLowerCase(Locale.ROOT))) {
                names.add(possessiveStripped(w));
            }
            sentenceStart = endsSentence(token);
        }
        return names;
    }

    private static String possessiveStripped(String w) {
        String s = w.replace('’', '\'');
        return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
    }

    private static boolean endsSentence(String token) {
        int end = token.length();
        while (end > 0 && "\"”’)".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?:".indexOf(token.charAt(end - 1)) >= 0;
    }

    private static List<String> rawTokens(String text) {
        return List.of(SPACES.split(text.strip()));
    }
}
