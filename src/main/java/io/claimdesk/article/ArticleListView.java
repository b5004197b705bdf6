package io.claimdesk.article;

import java.util.List;

/** The articles page: one page of article summaries and where the neighbouring pages are. */
public record ArticleListView(List<ArticleSummary> articles, long total, int page, int totalPages,
                              String previousUrl, String nextUrl) {
}
