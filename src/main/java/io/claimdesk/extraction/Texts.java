package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small character and token helpers shared by the pipeline stages. */
public final class Texts {

    private Texts() {
    }

    /** Whitespace in the broad sense scraped pages need: NBSP, thin spaces, zero-width space, BOM. */
    public static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        // the separators (Zs, Zl, Zp) above ASCII, plus the zero-width space and the BOM
        return c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200B' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    public static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static int trimStart(CharSequence s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    public static int trimEnd(CharSequence s, int from, int to) {
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Collapses every whitespace run to one space and trims. */
    public static String normalizeSpace(CharSequence s) {
        if (s instanceof String str && isNormal(str)) {
            return str;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** How many tokens {@link #words} would return, without building them. */
    static int wordCount(CharSequence s) {
        int count = 0;
        boolean inToken = false;
        boolean hasContent = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (inToken && hasContent) {
                    count++;
                }
                inToken = false;
                hasContent = false;
            } else {
                inToken = true;
                hasContent |= Character.isLetterOrDigit(c) || Character.isSurrogate(c);
            }
        }
        return inToken && hasContent ? count + 1 : count;
    }

    /** Already trimmed, with single plain spaces only: the common case, returned as is. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : c < 128 ? c < ' ' : isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace-separated tokens with surrounding punctuation removed; empty tokens dropped. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            String w = stripPunct(s.substring(start, i));
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String stripPunct(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.codePointAt(a))) {
            a += Character.charCount(w.codePointAt(a));
        }
        while (b > a && !Character.isLetterOrDigit(w.codePointBefore(b))) {
            b -= Character.charCount(w.codePointBefore(b));
        }
        return w.substring(a, b);
    }

    static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Lower-cased content words, possessive and plural "s" removed, for cheap topical overlap. */
    static List<String> contentTerms(String s, Set<String> stopWords) {
        List<String> out = new ArrayList<>();
        for (String w : words(s)) {
            String t = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (t.endsWith("'s")) {
                t = t.substring(0, t.length() - 2);
            }
            if (t.length() < 4 || stopWords.contains(t) || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            if (t.endsWith("s") && t.length() > 4 && !t.endsWith("ss")) {
                t = t.substring(0, t.length() - 1);
            }
            out.add(t);
        }
        return out;
    }

    /** The last visible character before {@code to}, or 0. */
    static char lastVisible(CharSequence s, int from, int to) {
        int end = trimEnd(s, from, to);
        return end > from ? s.charAt(end - 1) : 0;
    }
}
