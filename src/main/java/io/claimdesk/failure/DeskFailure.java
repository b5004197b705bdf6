package io.claimdesk.failure;

/**
 * Why the desk refuses a request, said in the domain's words: the features throw these, and only {@code web}
 * turns them into answers (a status, an {@code {error, detail}} body or a page), once. The message is written for
 * the person or program that sent the request: it says what to fix, never how the code failed.
 *
 * <p>Sealed, so the list below is every kind of refusal a feature can make, and each has one mapping.
 */
public abstract sealed class DeskFailure extends RuntimeException
        permits NotFound, Conflict, Invalid, Refused, TooLarge, Unsupported, Unfetchable {

    DeskFailure(String detail) {
        super(detail);
    }
}
