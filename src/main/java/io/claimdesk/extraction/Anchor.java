package io.claimdesk.extraction;

/**
 * W3C TextQuoteSelector + TextPositionSelector. {@code start}/{@code end} are CODE-POINT offsets into
 * the stored text (not UTF-16 indexes); prefix/suffix hold up to {@value #CONTEXT} code points each side.
 */
public record Anchor(String exact, String prefix, String suffix, int start, int end) {

    /** Enough context to re-find a quote after the text shifts, short enough to store per claim. */
    public static final int CONTEXT = 32;

    public static Anchor of(String text, int startCp, int endCp) {
        if (startCp < 0 || endCp < startCp) {
            throw new IllegalArgumentException("bad code-point range [" + startCp + "," + endCp + ")");
        }
        int startChar = text.offsetByCodePoints(0, startCp);
        int endChar = text.offsetByCodePoints(startChar, endCp - startCp);
        return ofChars(text, startChar, endChar, startCp, endCp);
    }

    /** For the pipeline, which already knows both the UTF-16 and the code-point positions. */
    static Anchor ofChars(String text, int startChar, int endChar, int startCp, int endCp) {
        int prefixStart = startChar;
        for (int i = 0; i < CONTEXT && prefixStart > 0; i++) {
            prefixStart = text.offsetByCodePoints(prefixStart, -1);
        }
        int suffixEnd = endChar;
        for (int i = 0; i < CONTEXT && suffixEnd < text.length(); i++) {
            suffixEnd = text.offsetByCodePoints(suffixEnd, 1);
        }
        return new Anchor(text.substring(startChar, endChar), text.substring(prefixStart, startChar),
                text.substring(endChar, suffixEnd), startCp, endCp);
    }

    public boolean matches(String text) {
        if (start < 0 || end < start || end > text.codePointCount(0, text.length())) {
            return false;
        }
        int startChar = text.offsetByCodePoints(0, start);
        int endChar = text.offsetByCodePoints(startChar, end - start);
        return text.substring(startChar, endChar).equals(exact);
    }
}
