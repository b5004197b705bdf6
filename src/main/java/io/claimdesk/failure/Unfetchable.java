package io.claimdesk.failure;

/**
 * A link the desk will not or could not fetch: the address is not public, the page is too large or no article, the
 * site answered an error or too slowly. 422: the link was understood, what is behind it cannot be used. The
 * {@link Reason} is what a program branches on (a bulk import counts them); the message says what to do.
 */
public final class Unfetchable extends DeskFailure {

    /** Why, in the words of the {@code error} field of the answer. */
    public enum Reason {
        /** The host resolves to a loopback, private, link-local or other non-public address. */
        PRIVATE_ADDRESS("private address"),
        /** The host name does not resolve. */
        UNKNOWN_HOST("unknown host"),
        /** No connection could be made. */
        UNREACHABLE("unreachable"),
        /** The connection or the whole fetch took longer than allowed. */
        TIMED_OUT("timed out"),
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS("too many redirects"),
        /** The site answered with an HTTP error (404, 500 …). */
        UPSTREAM_ERROR("upstream error"),
        /** The body is larger than one article may be. */
        TOO_LARGE("too large"),
        /** The body is an image, a PDF or anything else that is not HTML, plain text or Markdown. */
        NOT_AN_ARTICLE("not an article");

        public final String error;

        Reason(String error) {
            this.error = error;
        }
    }

    public final Reason reason;

    public Unfetchable(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }
}
