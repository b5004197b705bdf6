package io.claimdesk.article;

import io.claimdesk.history.HistoryRow;

import java.util.List;

/**
 * One article's page: its metadata (and their history), one part of its text cut into claim, furniture and body
 * pieces, the parts there are, and the claims a re-extraction could no longer place in the text.
 */
public record ArticleView(ArticleSummary article, List<ArticleText.Piece> pieces, PartNav parts, long furnitureBlocks,
                          List<Orphan> orphans, List<HistoryRow> history, String done, List<Snapshot> snapshots) {

    /** A page the desk fetched for this article, the first fetch numbered 1, and where its bytes are downloaded. */
    public record Snapshot(int number, java.time.Instant fetchedAt, String finalUrl, String sha256, int size,
                           String download) {
    }

    /** A claim kept with its reviews whose quote is no longer found in the text. */
    public record Orphan(long claimId, String exact, String url) {
    }

    /** Which part of the text the page shows, and links to the others (a short article is one part). */
    public record PartNav(int current, int count, int claimsShown, List<PartLink> links) {

        public boolean many() {
            return count > 1;
        }

        public PartLink previous() {
            return current > 1 ? links.get(current - 2) : null;
        }

        public PartLink next() {
            return current < count ? links.get(current) : null;
        }
    }

    public record PartLink(int number, String url, boolean current) {
    }
}
