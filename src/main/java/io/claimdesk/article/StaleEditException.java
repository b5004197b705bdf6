package io.claimdesk.article;

/** Answered with 409: the edit was based on an older version than the stored one; nothing was changed. */
public class StaleEditException extends RuntimeException {

    public final long articleId;
    public final int currentVersion;
    public final ArticleMetadata current;

    public StaleEditException(long articleId, int basedOn, int currentVersion, ArticleMetadata current) {
        super("Article " + articleId + " changed since version " + basedOn + " (it is now at version " + currentVersion
                + "); reload it and apply your edit again.");
        this.articleId = articleId;
        this.currentVersion = currentVersion;
        this.current = current;
    }
}
