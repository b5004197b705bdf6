package io.claimdesk.failure;

/**
 * The request is understood but this caller may not make it (a forged form post, another author's comment): 403.
 * {@link #reason} is the short answer a program branches on, such as {@code "invalid csrf token"}.
 */
public final class Refused extends DeskFailure {

    public final String reason;

    public Refused(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }
}
