package io.claimdesk.account;

/** A state change refused because nothing shows it came from one of our own pages: a 403. */
public class ForgedRequestException extends RuntimeException {

    /** The short reason, the {@code error} of the JSON answer. */
    public final String reason;

    ForgedRequestException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    static ForgedRequestException missingToken() {
        return new ForgedRequestException("missing csrf token", "The form's security token was missing or has expired."
                + " Go back, reload the page and submit it again. Programs: sign in with an API token or HTTP Basic"
                + " instead of the session cookie, or send the token as the X-CSRF-TOKEN header.");
    }

    static ForgedRequestException wrongToken() {
        return new ForgedRequestException("invalid csrf token", "The form's security token does not match this"
                + " browser's. Go back, reload the page and submit it again.");
    }

    static ForgedRequestException foreignOrigin(String origin) {
        return new ForgedRequestException("foreign origin", "A page of " + origin + " may not change anything here.");
    }
}
