package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct-speech spans inside one block, from double quotes (curly or straight). A straight quote opens
 * when it follows a space or an opening bracket and closes otherwise. A closing quote with no opening one
 * continues a quote from an earlier paragraph; an opening quote never closed runs to the block's end.
 * Single quotes are left alone: in English they are apostrophes or scare quotes far more often than speech.
 */
final class QuoteSpans {

    /** [start, end) of the quoted text including its quote marks, absolute UTF-16 offsets. */
    record Span(int start, int end, boolean openAtStart, boolean openAtEnd) {
        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    private QuoteSpans() {
    }

    static List<Span> in(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean opening;
            if (c == '“') {
                opening = true;
            } else if (c == '”') {
                opening = false;
            } else if (c == '"') {
                opening = i == from || Texts.isSpace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
                if (opening && i + 1 < to && Texts.isSpace(text.charAt(i + 1)) && open >= 0) {
                    opening = false;
                }
            } else {
                continue;
            }
            if (opening) {
                if (open < 0) {
                    open = i;
                }
            } else if (open >= 0) {
                spans.add(new Span(open, i + 1, false, false));
                open = -1;
            } else if (spans.isEmpty()) {
                spans.add(new Span(from, i + 1, true, false));
            }
        }
        if (open >= 0) {
            spans.add(new Span(open, to, false, true));
        }
        return spans;
    }
}
