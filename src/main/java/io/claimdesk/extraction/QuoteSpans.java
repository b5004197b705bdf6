package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct-speech spans inside one block, from double quotes (curly or straight). A straight quote opens
 * when it follows a space or an opening bracket and closes otherwise. A closing quote with no opening one
 * continues a quote from an earlier paragraph; an opening quote never closed runs to the block's end.
 * Curly single quotes (‘…’, British style) count outside double quotes; straight single quotes are left
 * alone: in English they are apostrophes far more often than speech.
 */
final class QuoteSpans {

    /** [start, end) of the quoted text including its quote marks, absolute UTF-16 offsets. */
    record Span(int start, int end, boolean openAtStart, boolean openAtEnd) {
        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    /** A straight or single quote after one of these opens a quotation. */
    private static final String OPENERS = "([{—–-/";

    private QuoteSpans() {
    }

    static List<Span> in(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        int single = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean opening;
            if (c == '‘' || c == '’') {
                single = singleQuote(text, from, to, i, open, single, spans);
                continue;
            } else if (c == '“' || c == '«') {
                opening = true;
            } else if (c == '”' || c == '»') {
                opening = false;
            } else if (c == '"') {
                opening = i == from || Texts.isSpace(text.charAt(i - 1)) || OPENERS.indexOf(text.charAt(i - 1)) >= 0;
                if (opening && i + 1 < to && Texts.isSpace(text.charAt(i + 1)) && open >= 0) {
                    opening = false;
                }
            } else {
                continue;
            }
            single = -1;
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
        } else if (single >= 0 && opensSentence(text, from, single)) {
            spans.add(new Span(single, to, false, true));
        }
        if (spans.size() > 1) {
            spans.sort((a, b) -> Integer.compare(a.start, b.start));
        }
        return spans;
    }

    /** "… law. ‘Every passport …" continues into the next paragraph; "in the ‘90s" is an elision. */
    private static boolean opensSentence(String text, int from, int at) {
        if (at + 1 >= text.length() || !Character.isLetter(text.charAt(at + 1))) {
            return false;
        }
        int before = Texts.trimEnd(text, from, at);
        return before == from || ".!?:".indexOf(text.charAt(before - 1)) >= 0;
    }

    /**
     * Single curly quotes outside double ones: ‘ opens at the start of a word, ’ closes when no letter
     * follows ("Iran’s" is an apostrophe). An unclosed ‘ runs to the paragraph's end when it opens a sentence
 * (a quotation continued in the next paragraph) and is dropped otherwise (an elision: "the ‘90s").
     * Returns where the open single quotation starts, or -1.
     */
    private static int singleQuote(String text, int from, int to, int i, int openDouble, int single, List<Span> spans) {
        if (openDouble >= 0) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '‘') {
            boolean wordStart = i == from || Texts.isSpace(text.charAt(i - 1)) || OPENERS.indexOf(text.charAt(i - 1)) >= 0;
            return wordStart ? i : single;
        }
        boolean closes = single >= 0 && (i + 1 == to || !Character.isLetterOrDigit(text.charAt(i + 1)));
        if (closes) {
            spans.add(new Span(single, i + 1, false, false));
            return -1;
        }
        return single;
    }
}
