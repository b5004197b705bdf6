package io.claimdesk.extraction;

/**
 * A line or paragraph of the text as the pipeline sees it. Unlike {@link Segment}, offsets are UTF-16
 * indexes into the Java string, trimmed of surrounding whitespace.
 *
 * @param gapBefore a blank line (or the start of the text) precedes the block
 */
public record Block(int start, int end, String text, boolean gapBefore, boolean furniture, String rule, int words) {

    /** A block as the splitter cuts it, not yet classified; its words are counted once, here. */
    Block(int start, int end, String text, boolean gapBefore) {
        this(start, end, text, gapBefore, false, null, Texts.wordCount(text));
    }

    Block classified(boolean isFurniture, String byRule) {
        return new Block(start, end, text, gapBefore, isFurniture, byRule, words);
    }

    public boolean unclassified() {
        return rule == null;
    }
}
