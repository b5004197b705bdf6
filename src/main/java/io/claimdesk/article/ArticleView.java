package io.claimdesk.article;

import io.claimdesk.history.HistoryRow;

import java.util.List;

/**
 * One article's page: its metadata (and their history), its full text cut into claim, furniture and body pieces, and
 * the claims a re-extraction could no longer place in the text.
 */
public record ArticleView(ArticleSummary article, List<ArticleText.Piece> pieces, long furnitureBlocks,
                          List<Orphan> orphans, List<HistoryRow> history, String done) {

    /** A claim kept with its reviews whose quote is no longer found in the text. */
    public record Orphan(long claimId, String exact, String url) {
    }
}
