package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from OpenNLP's English model, corrected where news text trips it: splits after
 * abbreviations and initials are undone, a closing quote stranded at the start of the next sentence is
 * given back, and sentences glued without a space ("region.There") are cut. A pack that names no sentence model
 * (no Spanish or Portuguese one is served) is split by the corrections alone: a stop, then white space and a
 * capital, an opening quote or an inverted mark ("¿", "¡"), ends a sentence unless an abbreviation of the pack's
 * stands before it.
 */
final class SentenceSplitter {

    /** Abbreviations after which a sentence never ends: titles, months, "St.". */
    private final Set<String> alwaysJoin;
    /** Abbreviations that may end a sentence: join only when the next part does not open a new one. */
    private final Set<String> joinUnlessOpener;
    private final Set<String> openers;
    private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");

    /** Null when the pack names no sentence model. */
    private final ThreadLocal<SentenceDetectorME> detector;
    /** What may open a sentence before its first capital: quotes, a bracket, inverted marks, a dialogue dash. */
    private static final String SENTENCE_OPENERS = "“\"‘(¿¡«—";
    /** What may close a sentence after its full stop: quotes and a bracket. */
    private static final String SENTENCE_CLOSERS = "\"”’)»";

    SentenceSplitter(LanguagePack pack) {
        alwaysJoin = pack.words("abbreviations");
        joinUnlessOpener = pack.words("abbreviationsEndingSentences");
        openers = pack.words("sentenceOpeners");
        detector = pack.hasModel("sentences") ? detector(pack.model("sentences")) : null;
    }

    private static ThreadLocal<SentenceDetectorME> detector(String resource) {
        SentenceModel model;
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + resource + " is not on the classpath");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SentenceDetectorME keeps per-call state; the model itself is immutable and shared
        return ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** Sentence spans inside [from, to) of the text, absolute UTF-16 offsets, trimmed, in order. */
    List<int[]> split(String text, int from, int to) {
        List<int[]> plain = plainSplit(text, from, to);
        return plain != null ? plain : modelSplit(text, from, to);
    }

    /**
     * Paragraphs whose every full stop is plainly decided need no model, because the corrections below
     * would decide them the same way whatever the model said: a stop inside a word ("U.S.-backed", "3.5") is
     * no boundary; a stop before white space and a capital is one, unless an abbreviation or an initial
     * stands before it ("Gen. Smith"). Returns null when any stop is in doubt (a lower-case word or a digit
     * after it, an ellipsis, a line break, a sentence glued to the next).
     */
    List<int[]> plainSplit(String text, int from, int to) {
        int end = Texts.trimEnd(text, from, to);
        while (end > from && (".!?…" + SENTENCE_CLOSERS).indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        List<int[]> out = new ArrayList<>(4);
        int start = Texts.trimStart(text, from, to);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '…') {
                return null;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (insideWord(text, i, to)) {
                if (isGlued(text, i, to)) {
                    return null;
                }
                continue;
            }
            int next = missedBoundary(text, i, to);
            if (next < 0) {
                return null;
            }
            int cut = i + 1;
            while (cut < next && !Texts.isSpace(text.charAt(cut))) {
                cut++;
            }
            if (shouldJoin(text, new int[] {start, cut}, new int[] {next, to})) {
                i = next - 1;
                continue;
            }
            out.add(new int[] {start, cut});
            start = next;
            i = next - 1;
        }
        int last = Texts.trimEnd(text, start, to);
        if (start < last) {
            out.add(new int[] {start, last});
        }
        return out;
    }

    /** The stop is followed by a letter or digit, perhaps behind closing quotes: "U.S.", "3.5", "region.There". */
    private static boolean insideWord(String text, int i, int to) {
        int j = i + 1;
        while (j < to && SENTENCE_CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j < to && Character.isLetterOrDigit(text.charAt(j));
    }

    /** "region.There": two lower-case letters, the stop, perhaps a quote, a capital and a lower-case letter. */
    private static boolean isGlued(String text, int i, int to) {
        if (i < 2 || !isLower(text.charAt(i - 1)) || !isLower(text.charAt(i - 2))) {
            return false;
        }
        int j = i + 1;
        if (j < to && "\"”’".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j + 1 < to && Character.getType(text.charAt(j)) == Character.UPPERCASE_LETTER && isLower(text.charAt(j + 1));
    }

    List<int[]> modelSplit(String text, int from, int to) {
        String block = text.substring(from, to);
        List<int[]> out = new ArrayList<>();
        if (detector == null) {
            // no model: the paragraph is one span, cut below where a sentence plainly ends
            out.add(new int[] {0, block.length()});
        } else {
            for (Span s : detector.get().sentPosDetect(block)) {
                out.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        giveBackClosingQuotes(block, out);
        joinAfterAbbreviations(block, out);
        List<int[]> result = new ArrayList<>(out.size() + 2);
        for (int[] s : out) {
            List<int[]> pieces = new ArrayList<>(2);
            cutMissed(block, s[0], s[1], pieces);
            for (int[] p : pieces) {
                cutGlued(block, p[0], p[1], result);
            }
        }
        joinFragments(block, result);
        List<int[]> absolute = new ArrayList<>(result.size());
        for (int[] s : result) {
            int a = Texts.trimStart(block, s[0], s[1]);
            int b = Texts.trimEnd(block, a, s[1]);
            if (a < b) {
                absolute.add(new int[] {from + a, from + b});
            }
        }
        return absolute;
    }

    private static void giveBackClosingQuotes(String block, List<int[]> spans) {
        for (int i = 1; i < spans.size(); i++) {
            int[] prev = spans.get(i - 1);
            int[] cur = spans.get(i);
            int a = Texts.trimStart(block, cur[0], cur[1]);
            while (a < cur[1] && isClosingQuoteAt(block, a)) {
                a++;
            }
            if (a > Texts.trimStart(block, cur[0], cur[1])) {
                prev[1] = a;
                cur[0] = a;
            }
        }
        spans.removeIf(s -> Texts.isBlank(block, s[0], s[1]));
    }

    private static boolean isClosingQuoteAt(String block, int i) {
        char c = block.charAt(i);
        if (c == '”' || c == '’') {
            return true;
        }
        return (c == '"' || c == '\'') && (i + 1 == block.length() || Texts.isSpace(block.charAt(i + 1)));
    }

    private void joinAfterAbbreviations(String block, List<int[]> spans) {
        for (int i = 0; i + 1 < spans.size(); ) {
            int[] cur = spans.get(i);
            int[] next = spans.get(i + 1);
            if (shouldJoin(block, cur, next)) {
                cur[1] = next[1];
                spans.remove(i + 1);
            } else {
                i++;
            }
        }
    }

    private boolean shouldJoin(String block, int[] cur, int[] next) {
        int end = Texts.trimEnd(block, cur[0], cur[1]);
        int wordStart = end;
        while (wordStart > cur[0] && !Texts.isSpace(block.charAt(wordStart - 1))) {
            wordStart--;
        }
        String last = block.substring(wordStart, end).toLowerCase(java.util.Locale.ROOT);
        while (!last.isEmpty() && SENTENCE_OPENERS.indexOf(last.charAt(0)) >= 0) {
            last = last.substring(1);
        }
        if (alwaysJoin.contains(last) || INITIAL.matcher(block.substring(Math.max(cur[0], end - 3), end)).find()) {
            return true;
        }
        if (!joinUnlessOpener.contains(last)) {
            return false;
        }
        List<String> nextWords = Texts.words(block.substring(next[0], Math.min(next[1], next[0] + 40)));
        if (nextWords.isEmpty()) {
            return true;
        }
        String first = nextWords.get(0);
        return !Texts.startsUpper(first) || !openers.contains(first.toLowerCase(java.util.Locale.ROOT));
    }

    /** The model keeps "… on August 5. “We hope …" together; cut where the next sentence plainly starts. */
    private void cutMissed(String block, int start, int end, List<int[]> out) {
        int from = start;
        int i = start;
        while (i < end) {
            int next = missedBoundary(block, i, end);
            if (next < 0) {
                i++;
                continue;
            }
            int cut = i + 1;
            while (cut < next && !Texts.isSpace(block.charAt(cut))) {
                cut++;
            }
            int[] left = {from, cut};
            int[] right = {cut, end};
            if (!shouldJoin(block, left, right)) {
                out.add(left);
                from = cut;
            }
            i = next;
        }
        out.add(new int[] {from, end});
    }

    /**
     * Where the next sentence starts when a full stop at i is followed by closing quotes, white space and a
     * capital (perhaps behind an opening quote or bracket); -1 otherwise.
     */
    private static int missedBoundary(String block, int i, int end) {
        char c = block.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int j = i + 1;
        while (j < end && SENTENCE_CLOSERS.indexOf(block.charAt(j)) >= 0) {
            j++;
        }
        int spaces = j;
        while (j < end && isAsciiSpace(block.charAt(j))) {
            j++;
        }
        if (j == spaces) {
            return -1;
        }
        int k = j < end && SENTENCE_OPENERS.indexOf(block.charAt(j)) >= 0 ? j + 1 : j;
        return k < end && Character.getType(block.charAt(k)) == Character.UPPERCASE_LETTER ? j : -1;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The model cuts "region.There was" after "There"; once the glue is cut, the orphaned word belongs to
     * the sentence that follows when that one starts in lower case.
     */
    private static void joinFragments(String block, List<int[]> spans) {
        for (int i = 0; i + 1 < spans.size(); ) {
            int[] cur = spans.get(i);
            int[] next = spans.get(i + 1);
            int nextStart = Texts.trimStart(block, next[0], next[1]);
            boolean fragment = nextStart < next[1] && Character.isLowerCase(block.codePointAt(nextStart))
                    && !endsTerminally(block, cur[0], cur[1]);
            if (fragment) {
                cur[1] = next[1];
                spans.remove(i + 1);
            } else {
                i++;
            }
        }
    }

    private static boolean endsTerminally(String block, int from, int to) {
        int end = Texts.trimEnd(block, from, to);
        while (end > from && SENTENCE_CLOSERS.indexOf(block.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > from && ".!?…".indexOf(block.charAt(end - 1)) >= 0;
    }

    private static void cutGlued(String block, int start, int end, List<int[]> out) {
        int from = start;
        for (int i = start + 2; i < end; i++) {
            char c = block.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && isLower(block.charAt(i - 1)) && isLower(block.charAt(i - 2))) {
                int j = i + 1;
                if (j < end && "\"”’".indexOf(block.charAt(j)) >= 0) {
                    j++;
                }
                if (j + 1 < end && Character.getType(block.charAt(j)) == Character.UPPERCASE_LETTER
                        && isLower(block.charAt(j + 1))) {
                    out.add(new int[] {from, j});
                    from = j;
                    i = j;
                }
            }
        }
        out.add(new int[] {from, end});
    }

    private static boolean isLower(char c) {
        return Character.getType(c) == Character.LOWERCASE_LETTER;
    }
}
