package io.claimdesk.extraction;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence cut into words once: letters, digits and the joiners inside words (hyphen, apostrophe,
 * "$", "." between letters as in "U.S."), each with its lower-case form and its place in the text, so
 * that a phrase found in the words can be quoted exactly as the text has it.
 */
final class Words {

    private final String text;
    /** A word takes six characters on average in news English, spaces included. */
    private static final int CHARS_PER_WORD = 6;

    private String[] words;
    private String[] lower;
    private int[] starts;
    private int[] ends;
    private int size;

    Words(String text) {
        this.text = text;
        int capacity = text.length() / CHARS_PER_WORD + 4;
        words = new String[capacity];
        lower = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
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
                add(start, i);
            }
        }
    }

    private void add(int start, int end) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            lower = Arrays.copyOf(lower, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        String w = text.substring(start, end);
        words[size] = w;
        lower[size] = lowerCase(w);
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** ASCII words, nearly all of them, skip the locale-aware path of {@link String#toLowerCase}. */
    private static String lowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return w.toLowerCase(Locale.ROOT);
            }
        }
        return w;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$';
        }
        return Character.isLetterOrDigit(c) || c == '€' || c == '£' || Character.isSurrogate(c);
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
        return size;
    }

    String word(int i) {
        return words[i];
    }

    String lower(int i) {
        return lower[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Words [from, to) exactly as the text has them, spacing and punctuation between them included. */
    String original(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** The character right after word i, or a space at the end of the text. */
    char charAfter(int i) {
        return ends[i] < text.length() ? text.charAt(ends[i]) : ' ';
    }

    /**
     * Only spaces between word i - 1 and word i, or an abbreviation's full stop or a plural possessive's apostrophe
     * ("U.S. Treasury", "Workers' Union"): no bracket, dash or comma parts them.
     */
    boolean spaceOnlyBefore(int i) {
        for (int c = ends[i - 1]; c < starts[i]; c++) {
            char ch = text.charAt(c);
            if (!Character.isWhitespace(ch) && ch != '.' && ch != '\'' && ch != '’') {
                return false;
            }
        }
        return true;
    }

    /** The character right before word i, or a space at the start of the text. */
    char charBefore(int i) {
        return starts[i] > 0 ? text.charAt(starts[i] - 1) : ' ';
    }

    boolean contains(String lowerWord) {
        for (int i = 0; i < size; i++) {
            if (lower[i].equals(lowerWord)) {
                return true;
            }
        }
        return false;
    }
}
