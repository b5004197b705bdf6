package io.claimdesk.extraction;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence as the part-of-speech tagger reads it: the {@link Words} of the sentence with the punctuation
 * between them as tokens of their own (the tagger learned from commas and quotes as much as from words),
 * each with its offsets in the sentence, whether it stands inside a quotation, and its tag.
 */
final class Tokens {

    private final String text;
    private final String[] tokens;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] quoted;
    private final String[] lower;
    private final String[] tags;
    private final int size;

    /** @param abbreviations lower-case abbreviations with their full stop ("dr.", "gen."): one token each */
    Tokens(String text, Words words, List<int[]> quotedRanges, PosTagger tagger, java.util.Set<String> abbreviations) {
        this.text = text;
        int capacity = words.size() * 2 + 4;
        String[] t = new String[capacity];
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int n = 0;
        int at = 0;
        for (int w = 0; w <= words.size(); w++) {
            int until = w < words.size() ? words.start(w) : text.length();
            for (int c = at; c < until; c++) {
                char ch = text.charAt(c);
                if ((ch == '\'' || ch == '’') && n > 0 && c == e[n - 1] && t[n - 1].endsWith("s")
                        && (c + 1 == text.length() || Texts.isSpace(text.charAt(c + 1)))) {
                    // "Workers' Union": the plural possessive stays with its word
                    t[n - 1] = t[n - 1] + "'";
                    e[n - 1] = c + 1;
                    continue;
                }
                if (ch == '.' && n > 0 && c == e[n - 1]
                        && abbreviations.contains(t[n - 1].toLowerCase(java.util.Locale.ROOT) + ".")) {
                    // "Dr. Sebastián Arce": the abbreviation keeps its full stop, as the tagger's treebank has it
                    t[n - 1] = t[n - 1] + ".";
                    e[n - 1] = c + 1;
                    continue;
                }
                if (!Texts.isSpace(ch)) {
                    if (n == t.length) {
                        t = Arrays.copyOf(t, n * 2);
                        s = Arrays.copyOf(s, n * 2);
                        e = Arrays.copyOf(e, n * 2);
                    }
                    t[n] = punctuation(ch);
                    s[n] = c;
                    e[n] = c + 1;
                    n++;
                }
            }
            if (w < words.size()) {
                if (n == t.length) {
                    t = Arrays.copyOf(t, n * 2);
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                t[n] = words.word(w).replace('’', '\'');
                s[n] = words.start(w);
                e[n] = words.end(w);
                n++;
                at = words.end(w);
            }
        }
        size = n;
        tokens = Arrays.copyOf(t, n);
        starts = Arrays.copyOf(s, n);
        ends = Arrays.copyOf(e, n);
        quoted = new boolean[n];
        lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(java.util.Locale.ROOT);
            for (int[] q : quotedRanges) {
                if (starts[i] >= q[0] && ends[i] <= q[1]) {
                    quoted[i] = true;
                }
            }
        }
        tags = tagger.tag(tokens);
    }

    /** Curly quotes as the straight ones the treebank has; dashes as one kind. */
    private static String punctuation(char c) {
        return switch (c) {
            case '“', '”', '„', '«', '»' -> "\"";
            case '‘', '’' -> "'";
            case '–', '—' -> "--";
            default -> String.valueOf(c);
        };
    }

    int size() {
        return size;
    }

    String token(int i) {
        return tokens[i];
    }

    String lower(int i) {
        return lower[i];
    }

    String tag(int i) {
        return tags[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(tokens[i].codePointAt(0)) || tokens[i].length() > 1 && !tokens[i].equals("--");
    }

    /** Tokens [from, to] as the sentence writes them. */
    String text(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }

    boolean is(int i, String punctuationOrLowerWord) {
        return i >= 0 && i < size && lower[i].equals(punctuationOrLowerWord);
    }

    /** The tag's first part: "PROPN" for "PROPN+PART" ("Iran's"). */
    String head(int i) {
        String tag = tags[i];
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }

    boolean possessive(int i) {
        return tags[i].endsWith("+PART") || lower[i].endsWith("'s") && tokens[i].length() > 2 || lower[i].endsWith("s'");
    }

    /** Overrides the tagger where the extractor knows better (see {@code AttributionFinder#correctTags}). */
    void retag(int i, String tag) {
        tags[i] = tag;
    }
}
