package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into blocks. Scraped pages put each paragraph, caption and widget on its own line, so every
 * line is a block; only a hard-wrapped paragraph is joined back into one block: a line without final
 * punctuation continued by a line that starts in lower case, a line ending in a comma or dash, and, in a
 * text whose long lines all stop near one width, a line that fills that width.
 */
final class BlockSplitter {

    /** Below this many full-width lines a text is not taken for hard-wrapped. */
    private static final int MIN_WRAPPED_LINES = 3;
    /** Hard wrapping happens at 60 to 100 characters; pages with one paragraph a line run far longer. */
    private static final int MIN_WRAP = 50;
    private static final int MAX_WRAP = 100;
    /** How far short of the wrap width a wrapped line may stop (the next word did not fit). */
    private static final int WRAP_SLACK = 16;

    /** A line that is never a paragraph's continuation, whatever its case ("jueves 3 de diciembre de 2026"). */
    private final java.util.function.Predicate<String> standsAlone;

    BlockSplitter() {
        this(line -> false);
    }

    BlockSplitter(java.util.function.Predicate<String> standsAlone) {
        this.standsAlone = standsAlone;
    }

    List<Block> split(String text) {
        int wrap = wrapWidth(text);
        List<Block> blocks = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        boolean gap = true;
        int openStart = -1;
        int openEnd = -1;
        boolean openGap = true;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int a = Texts.trimStart(text, lineStart, lineEnd);
            int b = Texts.trimEnd(text, a, lineEnd);
            if (a == b) {
                if (openStart >= 0) {
                    blocks.add(block(text, openStart, openEnd, openGap));
                    openStart = -1;
                }
                gap = true;
            } else if (openStart >= 0 && (continues(text, openStart, openEnd, a, b)
                    && !standsAlone.test(text.substring(a, b)) || wrap > 0 && lastLineLength(text, openStart, openEnd) >= wrap - WRAP_SLACK)) {
                openEnd = b;
            } else {
                if (openStart >= 0) {
                    blocks.add(block(text, openStart, openEnd, openGap));
                }
                openStart = a;
                openEnd = b;
                openGap = gap;
                gap = false;
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + lineBreakLength(text, lineEnd);
        }
        if (openStart >= 0) {
            blocks.add(block(text, openStart, openEnd, openGap));
        }
        return blocks;
    }

    /**
     * The width a hard-wrapped text is wrapped at, or 0: the longest line, when it is of wrapping size and
     * most lines of some length stop within a few characters of it.
     */
    private static int wrapWidth(String text) {
        int longest = 0;
        int lines = 0;
        int lineStart = 0;
        int[] lengths = new int[MAX_WRAP + 1];
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                int a = Texts.trimStart(text, lineStart, i);
                int length = Texts.trimEnd(text, a, i) - a;
                if (length > MAX_WRAP) {
                    return 0;
                }
                lengths[length]++;
                longest = Math.max(longest, length);
                lines += length >= MIN_WRAP - WRAP_SLACK ? 1 : 0;
                lineStart = i + 1;
            }
        }
        if (longest < MIN_WRAP) {
            return 0;
        }
        int full = 0;
        for (int l = Math.max(0, longest - WRAP_SLACK); l <= longest; l++) {
            full += lengths[l];
        }
        return full >= MIN_WRAPPED_LINES && full * 2 >= lines ? longest : 0;
    }

    /** Length of the last physical line of an open block, the one a continuation would follow. */
    private static int lastLineLength(String text, int start, int end) {
        int i = end;
        while (i > start && !isLineBreak(text.charAt(i - 1))) {
            i--;
        }
        return end - Texts.trimStart(text, i, end);
    }

    private static Block block(String text, int start, int end, boolean gapBefore) {
        return new Block(start, end, text.substring(start, end), gapBefore);
    }

    private static boolean continues(String text, int prevStart, int prevEnd, int nextStart, int nextEnd) {
        char last = text.charAt(prevEnd - 1);
        if (last == ',' || last == '-' || last == '–' || last == ';') {
            return !isBullet(text.charAt(nextStart));
        }
        if (".!?:\"”’)]|".indexOf(last) >= 0) {
            return false;
        }
        return Character.isLowerCase(text.codePointAt(nextStart));
    }

    static boolean isBullet(char c) {
        return c == '•' || c == '·' || c == '▪' || c == '●' || c == '◦' || c == '‣' || c == '*' || c == '-' || c == '–';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f';
    }

    private static int lineBreakLength(String text, int at) {
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
    }
}
