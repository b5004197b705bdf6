package io.claimdesk.article;

/** The exact same text is stored already; carries the stored article's id. */
public class DuplicateArticleException extends RuntimeException {

    public final long existingId;

    public DuplicateArticleException(long existingId) {
        super("This text is already stored as article " + existingId);
        this.existingId = existingId;
    }
}
