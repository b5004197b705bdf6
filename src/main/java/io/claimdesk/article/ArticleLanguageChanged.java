package io.claimdesk.article;

/**
 * Fired inside the transaction of an editor's metadata change that gave the article another language: its claims are
 * drawn again with that language's rules in the same transaction, so the edit and the new reading commit together.
 */
public record ArticleLanguageChanged(long articleId, long editorId) {
}
