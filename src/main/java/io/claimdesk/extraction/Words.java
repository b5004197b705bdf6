package io.claimdesk.extraction;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence cut into words once: letters, digits and the joiners inside words (hyphen, apostrophe,
 * "$", "." between letters as in "U.S."), each with its lower-case form and its place in the text, so
 * that a phrase found in the words can be quoted exactly as the text has it.
 *
 * <p>The desk's one tokenizer, with one option: {@link #of} keeps the joiners (the extractor and the matcher read
 * "U.S.", "3.5", "1,500" and "al-Assad" as one word each), {@link #lettersAndDigits} cuts at everything but a letter
 * or digit (text search: a search finds the stored words a person would type, "al" and "assad", and the claims'
 * stored words were cut so).
 */
public final class Words {

    private final String text;
    /** A word takes six characters on average in news English, spaces included. */
    private static final int CHARS_PER_WORD = 6;

    private String[] words;
    private String[] lower;
    private int[] starts;
    private int[] ends;
    private int size;

    Words(String text) {
        this(text, true);
    }

    private Words(String text, boolean joined) {
        this.text = text;
        int capacity = text.length() / CHARS_PER_WORD + 4;
        words = new String[capacity];
        lower = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        if (joined) {
            cutJoined();
        } else {
            cutAtAllButLettersAndDigits();
        }
    }

    /** The words with their joiners: "U.S.-backed", "3.5", "€1,500", "Iran's". */
    public static Words of(String text) {
        return new Words(text, true);
    }

    /** Runs of letters and digits only: "U.S.-backed" is "U", "S" and "backed". */
    public static Words lettersAndDigits(String text) {
        return new Words(text, false);
    }

    private void cutJoined() {
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

    private void cutAtAllButLettersAndDigits() {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                add(start, i);
                start = -1;
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

    public int size() {
        return size;
    }

    public String word(int i) {
        return words[i];
    }

    public String lower(int i) {
        return lower[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
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
