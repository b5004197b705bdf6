package io.claimdesk.article;

import java.util.List;

/** One article's page: its metadata and its full text cut into claim, furniture and body pieces. */
public record ArticleView(ArticleSummary article, List<ArticleText.Piece> pieces, long furnitureBlocks) {
}
