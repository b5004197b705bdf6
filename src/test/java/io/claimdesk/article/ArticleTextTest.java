package io.claimdesk.article;

import org.junit.jupiter.api.Test;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cutting an article's text into the pieces its page shows: the text kept whole, and work that grows with the claims. */
class ArticleTextTest {

    /** A list that counts how often its elements are read, however they are read (loops, streams, copies). */
    private static final class Counted<T> extends AbstractList<T> {
        private final List<T> items;
        long reads;

        Counted(List<T> items) {
            this.items = items;
        }

        @Override
        public T get(int index) {
            reads++;
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** One sentence (with an emoji, so code points and chars differ) per claim, one paragraph segment per ten. */
    private static String text(int claims) {
        return "Sentence 😀 number x. ".repeat(claims);
    }

    private static long readsFor(int claims) {
        String text = text(claims);
        int length = text.codePointCount(0, text.length());
        int each = length / claims;
        List<ArticleText.Marked> marked = new ArrayList<>();
        List<ArticleSegment> segments = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            marked.add(new ArticleText.Marked(i + 1, i * each, i * each + each - 1));
            if (i % 10 == 0) {
                ArticleSegment segment = new ArticleSegment();
                segment.start = i * each;
                segment.end = Math.min(length, (i + 10) * each);
                segment.furniture = i % 20 == 0;
                segment.rule = "test";
                segments.add(segment);
            }
        }
        Counted<ArticleText.Marked> countedClaims = new Counted<>(marked);
        Counted<ArticleSegment> countedSegments = new Counted<>(segments);
        List<ArticleText.Piece> pieces = ArticleText.of(text).pieces(countedSegments, countedClaims);
        assertEquals(text, pieces.stream().map(ArticleText.Piece::text).collect(Collectors.joining()));
        assertEquals(claims, pieces.stream().filter(ArticleText.Piece::claimStart).count());
        return countedClaims.reads + countedSegments.reads;
    }

    @Test
    void cuttingTheTextReadsEachClaimAndSegmentAFixedNumberOfTimes() {
        long small = readsFor(1_000);
        long large = readsFor(8_000);
        // Looking up every piece's claim among all claims read them 8 × 8 = 64 times as often for 8 times the claims.
        assertTrue(large <= 9 * small, "1,000 claims: " + small + " reads, 8,000 claims: " + large);
        assertTrue(large <= 10L * 8_800, "a few reads per claim and segment, got " + large);
    }

    @Test
    void aPieceBelongsToTheClaimThatStartedFirstWhereClaimsOverlap() {
        ArticleText text = ArticleText.of("One two three four five.");
        List<ArticleText.Piece> pieces = text.pieces(List.of(), List.of(new ArticleText.Marked(7, 4, 18),
                new ArticleText.Marked(5, 0, 13)));
        assertEquals(List.of("One ", "two three", " four", " five."), pieces.stream().map(ArticleText.Piece::text).toList());
        assertEquals(5L, pieces.get(0).claimId());
        assertEquals(5L, pieces.get(1).claimId());
        assertEquals(7L, pieces.get(2).claimId());
        assertEquals(null, pieces.get(3).claimId());
        assertTrue(pieces.get(0).claimStart());
        assertTrue(!pieces.get(2).claimStart(), "claim 7 started inside claim 5's quote");
    }

    @Test
    void partsEndAtALineBreakAndTheirClaimsFindThem() {
        String text = "😀 ab\n".repeat(10_000);
        ArticleText article = ArticleText.of(text);
        ArticleParts parts = ArticleParts.of(article, 1_000);
        assertTrue(parts.count() >= 49 && parts.count() <= 51, "parts: " + parts.count());
        for (int n = 1; n <= parts.count(); n++) {
            assertEquals(n, parts.partOf(parts.start(n)));
            assertEquals(n, parts.partOf(parts.end(n) - 1));
            if (n > 1) {
                assertEquals("\n", article.slice(parts.start(n) - 1, parts.start(n)), "part " + n + " starts a line");
            }
        }
        assertEquals(article.length(), parts.end(parts.count()));
    }
}
