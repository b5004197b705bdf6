package io.claimdesk.article;

import io.claimdesk.history.HistoryRow;

import java.util.List;

/** One article's page: its metadata (and their history), and its full text cut into claim, furniture and body pieces. */
public record ArticleView(ArticleSummary article, List<ArticleText.Piece> pieces, long furnitureBlocks,
                          List<HistoryRow> history, String done) {
}
