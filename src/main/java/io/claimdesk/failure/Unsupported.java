package io.claimdesk.failure;

/** The request's body cannot be read as what it should be (a PDF for a text, say): 415. */
public final class Unsupported extends DeskFailure {

    public Unsupported(String detail) {
        super(detail);
    }
}
