package io.claimdesk.article;

/** Fired inside an import's transaction; observers that act after the commit use {@code TransactionPhase.AFTER_SUCCESS}. */
public record ArticleImported(long articleId) {
}
