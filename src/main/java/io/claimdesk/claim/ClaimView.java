package io.claimdesk.claim;

import io.claimdesk.article.ArticleSummary;

/** One claim's page: the claim, the words around its quote, and its article. */
public record ClaimView(ClaimRow claim, String before, String after, ArticleSummary article, String placeInArticleUrl) {
}
