package io.claimdesk.failure;

/** The request's body is larger than the desk takes: 413. The message says the limit and how to get under it. */
public final class TooLarge extends DeskFailure {

    public TooLarge(String detail) {
        super(detail);
    }
}
