package io.claimdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page or JSON answer made for a signed-in person must not be kept by the browser or a proxy, where the next
 * user of the machine (or of the proxy) could read it back. Judged by the credentials the request carries, so that
 * this filter itself never makes a request sign in.
 */
public class NoStoreWhenSignedIn {

    private final String sessionCookie;

    NoStoreWhenSignedIn(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        boolean credentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getCookies().containsKey(sessionCookie);
        if (credentials && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
