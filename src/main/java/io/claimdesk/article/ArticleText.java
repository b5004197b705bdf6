package io.claimdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's stored text addressed by code points (the unit of anchors and segments), cut into the
 * pieces a page shows: claim quotes, page furniture and plain body text.
 */
public final class ArticleText {

    private final String text;
    /** True when no character needs two UTF-16 units, so code-point and char offsets coincide. */
    private final boolean bmpOnly;

    private ArticleText(String text) {
        this.text = text;
        this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
    }

    public static ArticleText of(String text) {
        return new ArticleText(text);
    }

    public int charIndex(int codePointOffset) {
        return bmpOnly ? codePointOffset : text.offsetByCodePoints(0, codePointOffset);
    }

    public String slice(int startCp, int endCp) {
        return text.substring(charIndex(startCp), charIndex(endCp));
    }

    /** Up to {@code maxChars} of text before the offset, cut back to a word start, with "…" when cut. */
    public String beforeCodePoint(int offsetCp, int maxChars) {
        int end = charIndex(offsetCp);
        int start = Math.max(0, end - maxChars);
        if (start == 0) {
            return text.substring(0, end);
        }
        int space = text.indexOf(' ', start);
        start = space >= 0 && space < end ? space + 1 : start;
        return "…" + text.substring(start, end);
    }

    /** Up to {@code maxChars} of text after the offset, cut back to a word end, with "…" when cut. */
    public String afterCodePoint(int offsetCp, int maxChars) {
        int start = charIndex(offsetCp);
        int end = Math.min(text.length(), start + maxChars);
        if (end == text.length()) {
            return text.substring(start);
        }
        int space = text.lastIndexOf(' ', end);
        end = space > start ? space : end;
        return text.substring(start, end) + "…";
    }

    /** A stretch of text as the article page shows it. */
    public record Piece(String text, Long claimId, boolean claimStart, boolean furniture, String rule) {
    }

    /** A quote's range on the page. */
    public record Marked(long claimId, int startCp, int endCp) {
    }

    /**
     * Cuts the whole text at every segment and claim boundary. Each piece knows whether it lies in furniture
     * and which claim (if any) covers it; joined in order, the pieces give back the text unchanged.
     */
    public List<Piece> pieces(List<ArticleSegment> segments, List<Marked> claims) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.codePointCount(0, text.length())));
        segments.forEach(s -> cuts.addAll(List.of(s.start, s.end)));
        claims.forEach(c -> cuts.addAll(List.of(c.startCp(), c.endCp())));
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            pieces.add(piece(from, to, segments, claims));
            from = to;
        }
        return pieces;
    }

    private Piece piece(int from, int to, List<ArticleSegment> segments, List<Marked> claims) {
        ArticleSegment segment = segments.stream().filter(s -> s.start <= from && to <= s.end).findFirst().orElse(null);
        Marked claim = claims.stream().filter(c -> c.startCp() <= from && to <= c.endCp()).findFirst().orElse(null);
        boolean furniture = segment != null && segment.furniture;
        return new Piece(slice(from, to), claim == null ? null : claim.claimId(),
                claim != null && claim.startCp() == from, furniture, segment == null ? null : segment.rule);
    }
}
