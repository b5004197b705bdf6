package io.claimdesk.failure;

/**
 * The request is fine but the stored state does not allow it (a name in use, a claim that is not an orphan): 409.
 * {@link #reason} is the short answer a program branches on, such as {@code "conflict"}. Open to subclasses: a
 * feature names its own conflicts (a claim not in dispute) so that its pages can catch exactly those.
 */
public non-sealed class Conflict extends DeskFailure {

    public final String reason;

    public Conflict(String detail) {
        this("conflict", detail);
    }

    public Conflict(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }
}
