package io.claimdesk.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * An article's stored text addressed by code points (the unit of anchors and segments), cut into the
 * pieces a page shows: claim quotes, page furniture and plain body text.
 */
public final class ArticleText {

    /** Code points between two remembered char offsets: a lookup walks at most this far, whatever the text's length. */
    private static final int STRIDE = 256;

    private final String text;
    private final int codePoints;
    /**
     * The char offset of every {@link #STRIDE}th code point, or null when no character needs two UTF-16 units (code
     * point and char offsets then coincide). Counting from the text's start on every lookup made cutting a long text
     * with an emoji in it cost the square of its length.
     */
    private final int[] strides;

    private ArticleText(String text) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
        this.strides = codePoints == text.length() ? null : strides(text, codePoints);
    }

    private static int[] strides(String text, int codePoints) {
        int[] at = new int[codePoints / STRIDE + 1];
        int i = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            if (cp % STRIDE == 0) {
                at[cp / STRIDE] = i;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        at[codePoints / STRIDE] = codePoints % STRIDE == 0 ? i : at[codePoints / STRIDE];
        return at;
    }

    public static ArticleText of(String text) {
        return new ArticleText(text);
    }

    public int charIndex(int codePointOffset) {
        if (strides == null) {
            return codePointOffset;
        }
        return text.offsetByCodePoints(strides[codePointOffset / STRIDE], codePointOffset % STRIDE);
    }

    /** The text's length in code points. */
    public int length() {
        return codePoints;
    }

    public String slice(int startCp, int endCp) {
        return text.substring(charIndex(startCp), charIndex(endCp));
    }

    /**
     * Where a part of the text that should end near {@code fromCp} ends: just after the first line break within
     * {@code window} code points, else after the first whitespace there, else at {@code fromCp} itself. Reads at most
     * the window, so cutting a text into parts costs its length once.
     */
    public int breakNear(int fromCp, int window) {
        int start = charIndex(fromCp);
        int limit = charIndex(Math.min(codePoints, fromCp + window));
        int space = -1;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return fromCp + text.codePointCount(start, i + 1);
            }
            if (space < 0 && Character.isWhitespace(c)) {
                space = i + 1;
            }
        }
        return space < 0 ? fromCp : fromCp + text.codePointCount(start, space);
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
     * Cuts {@code [from, to)} at every segment and claim boundary inside it. Each piece knows whether it lies in
     * furniture and which claim (if any) covers it; joined in order, the pieces give back that stretch unchanged.
     * One pass over the cuts with the segments and claims in start order: the work grows with their number, not
     * with its square (looking every piece's claim up among all claims took 15 s for an article of 20,000 claims).
     * Where claims overlap, a piece belongs to the one that started first.
     */
    public List<Piece> pieces(List<ArticleSegment> segments, List<Marked> claims, int from, int to) {
        List<ArticleSegment> bySegment = new ArrayList<>(segments);
        bySegment.sort(Comparator.comparingInt(s -> s.start));
        List<Marked> byClaim = new ArrayList<>(claims);
        byClaim.sort(Comparator.comparingInt(Marked::startCp).thenComparingLong(Marked::claimId));
        int[] cuts = cuts(bySegment, byClaim, from, to);
        Comparator<Marked> firstStarted = Comparator.comparingInt(Marked::startCp).thenComparingLong(Marked::claimId);
        TreeSet<Marked> open = new TreeSet<>(firstStarted);
        PriorityQueue<Marked> closing = new PriorityQueue<>(Comparator.comparingInt(Marked::endCp));
        List<Piece> pieces = new ArrayList<>(cuts.length);
        int nextSegment = 0;
        int nextClaim = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            int a = cuts[i];
            int b = cuts[i + 1];
            while (nextSegment < bySegment.size() && bySegment.get(nextSegment).end <= a) {
                nextSegment++;
            }
            while (nextClaim < byClaim.size() && byClaim.get(nextClaim).startCp() <= a) {
                Marked started = byClaim.get(nextClaim++);
                open.add(started);
                closing.add(started);
            }
            while (!closing.isEmpty() && closing.peek().endCp() <= a) {
                open.remove(closing.poll());
            }
            ArticleSegment segment = nextSegment < bySegment.size() && bySegment.get(nextSegment).start <= a
                    && b <= bySegment.get(nextSegment).end ? bySegment.get(nextSegment) : null;
            // Every claim end is a cut, so a claim open at a covers the whole piece up to the next cut.
            Marked claim = open.isEmpty() ? null : open.first();
            pieces.add(new Piece(slice(a, b), claim == null ? null : claim.claimId(),
                    claim != null && claim.startCp() == a, segment != null && segment.furniture,
                    segment == null ? null : segment.rule));
        }
        return pieces;
    }

    /** The whole text cut at every segment and claim boundary: {@link #pieces(List, List, int, int)} over it all. */
    public List<Piece> pieces(List<ArticleSegment> segments, List<Marked> claims) {
        return pieces(segments, claims, 0, codePoints);
    }

    private static int[] cuts(List<ArticleSegment> segments, List<Marked> claims, int from, int to) {
        int[] all = new int[2 + 2 * segments.size() + 2 * claims.size()];
        int n = 0;
        all[n++] = from;
        all[n++] = to;
        for (ArticleSegment s : segments) {
            all[n++] = s.start;
            all[n++] = s.end;
        }
        for (Marked c : claims) {
            all[n++] = c.startCp();
            all[n++] = c.endCp();
        }
        return Arrays.stream(all, 0, n).filter(cut -> cut >= from && cut <= to).sorted().distinct().toArray();
    }
}
