package io.claimdesk.intake;

/** An upload that cannot be read as article text; {@link #reason()} is written for the editor, not for a log. */
public final class UnsupportedBodyException extends RuntimeException {

    public UnsupportedBodyException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
