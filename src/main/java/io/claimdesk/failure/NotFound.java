package io.claimdesk.failure;

/** The thing the request names does not exist (or no longer does): 404. */
public final class NotFound extends DeskFailure {

    public NotFound(String detail) {
        super(detail);
    }
}
