package io.claimdesk.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language of this request's pages, decided once: the signed-in account's setting when it has one, else the
 * browser's {@code Accept-Language}.
 */
@RequestScoped
public class PageLanguage {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private InterfaceLanguage language;

    PageLanguage(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public InterfaceLanguage current() {
        if (language == null) {
            language = chosen().orElseGet(() -> InterfaceLanguage.negotiate(acceptLanguage()));
        }
        return language;
    }

    /**
     * The account's setting. Not asked on an IO thread (error pages), where resolving a lazy identity would block:
     * those pages follow the browser.
     */
    private java.util.Optional<InterfaceLanguage> chosen() {
        if (!BlockingOperationControl.isBlockingAllowed() || identity.isAnonymous()) {
            return java.util.Optional.empty();
        }
        return InterfaceLanguage.of(identity.<Object>getAttribute(InterfaceLanguage.IDENTITY_ATTRIBUTE));
    }

    private String acceptLanguage() {
        RoutingContext routing = request.getCurrent();
        return routing == null ? null : routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }
}
