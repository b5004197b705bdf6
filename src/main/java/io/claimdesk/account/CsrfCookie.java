package io.claimdesk.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sets the CSRF cookie when a page handed out a new token. HttpOnly: only the server compares it. SameSite Lax,
 * not Strict like the session: a page opened from a link elsewhere then finds the token its other tabs hold. Secure
 * when the request came over HTTPS (behind a proxy: as forwarded, when proxy headers are trusted).
 */
public class CsrfCookie {

    @ServerResponseFilter
    public void issue(RoutingContext routing) {
        String issued = routing.get(CsrfToken.ISSUED);
        if (issued != null) {
            routing.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, issued).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(routing.request().isSSL()));
        }
    }
}
