package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into blocks. Scraped pages put each paragraph, caption and widget on its own line, so every
 * line is a block; only a hard-wrapped paragraph (a line without final punctuation continued by a line
 * that starts in lower case, or a line ending in a comma or dash) is joined back into one block.
 */
final class BlockSplitter {

    List<Block> split(String text) {
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
            } else if (openStart >= 0 && continues(text, openStart, openEnd, a, b)) {
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

    private static Block block(String text, int start, int end, boolean gapBefore) {
        return new Block(start, end, text.substring(start, end), gapBefore, false, null);
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
