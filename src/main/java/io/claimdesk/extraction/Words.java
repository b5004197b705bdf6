package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence cut into words once: letters, digits and the joiners inside words (hyphen, apostrophe,
 * "$", "." between letters as in "U.S."), each with its lower-case form.
 */
final class Words {

    private final List<String> words = new ArrayList<>();
    private final List<String> lower = new ArrayList<>();

    Words(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            if (start < i) {
                String w = text.substring(start, i);
                words.add(w);
                lower.add(w.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£' || Character.isSurrogate(c);
    }

    /** Hyphens, apostrophes and dots between word characters stay inside the word. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '\'' && c != '’' && c != '.' && c != ',') {
            return false;
        }
        if (i + 1 >= text.length() || i == 0 || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1)) && i >= 2 && text.charAt(i - 2) == '.';
        }
        if (c == ',') {
            return Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
        }
        return true;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    String lower(int i) {
        return lower.get(i);
    }

    String original(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
