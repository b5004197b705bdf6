package io.claimdesk.account;

/** Answered with 409: the username belongs to another account. */
public class UsernameTakenException extends RuntimeException {
    public UsernameTakenException(String username) {
        super("The username '" + username + "' is taken.");
    }
}
