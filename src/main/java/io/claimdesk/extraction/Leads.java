package io.claimdesk.extraction;

import java.util.List;

/**
 * How an article without a title is named: the start of its first body sentence, cut at a word and marked with
 * an ellipsis, as in "Untitled: Dockworkers at San Antonio, Chile's busiest container port, kept …". Never the
 * import channel or a file name.
 */
public final class Leads {

    private static final int MAX_CHARS = 80;

    private final Segmenter segmenter;

    public Leads(LanguagePack pack) {
        segmenter = new Segmenter(pack);
    }

    /** The lead of this text, or null when it has no body. */
    public String of(String text) {
        return of(segmenter.segment(text));
    }

    static String of(List<Block> blocks) {
        for (Block b : blocks) {
            if (Segmenter.BODY.equals(b.rule())) {
                return cut(Texts.normalizeSpace(b.text()));
            }
        }
        return null;
    }

    private static String cut(String paragraph) {
        int end = paragraph.indexOf(". ");
        String sentence = end > 0 ? paragraph.substring(0, end + 1) : paragraph;
        if (sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', MAX_CHARS);
        return sentence.substring(0, space > 0 ? space : MAX_CHARS) + " …";
    }
}
