package io.claimdesk.account;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token our pages put in every form ({@code {inject:csrf.token}}, through the {@code {#form}} tag): a
 * random value that is also this browser's CSRF cookie. Another site can neither read nor set the cookie, so a
 * request carrying the same value came from one of our pages ({@link ForgedRequestGuard} checks it).
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    static final String COOKIE = "claimdesk-csrf";
    static final String HEADER = "X-CSRF-TOKEN";
    static final String FIELD = "csrf-token";
    /** Set on the request when it issued a new token, which its answer must then set as the cookie. */
    static final String ISSUED = "claimdesk.csrf-issued";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoutingContext routing;
    private String token;

    CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String parameterName() {
        return FIELD;
    }

    /** The browser's token, or a new one when it has none (or one we did not make). */
    public String token() {
        if (token == null) {
            token = sent(routing);
            if (token == null) {
                byte[] bytes = new byte[BYTES];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.put(ISSUED, token);
            }
        }
        return token;
    }

    /** The token of the request's CSRF cookie, or null when there is none of the right shape. */
    static String sent(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie.getValue()).length == BYTES ? cookie.getValue() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
