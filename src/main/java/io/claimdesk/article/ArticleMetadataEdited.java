package io.claimdesk.article;

/**
 * Fired inside the transaction of an editor's metadata change, after the article holds the new values: what keeps a
 * copy of the article's metadata (the claims' outlet and date) updates it in the same transaction.
 */
public record ArticleMetadataEdited(Article article) {
}
