package io.claimdesk.intake;

/** An upload over the size one article may have; answered 413. */
public final class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long bytes, long limit) {
        super("The upload has " + bytes + " bytes; one article may have at most " + limit
                + " bytes (5 MB). Split it, or upload the article's text without images or attachments.");
    }
}
