package io.claimdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Some refusals are made before our code runs and carry no body (a body the framework could not read, say). This
 * gives every such error a body, in the caller's language.
 */
public class EmptyErrorBodies {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        String detail = response.getStatusInfo().getReasonPhrase();
        if (request.getUriInfo().getPath().startsWith(Urls.API)) {
            response.setEntity(new ErrorMappers.ApiError(response.getStatusInfo().getReasonPhrase().toLowerCase(), detail),
                    null, MediaType.APPLICATION_JSON_TYPE);
        } else {
            response.setEntity(page(detail), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    /**
     * A page that needs nothing of the request (no account, no template context), for refusals made before any
     * resource runs. The detail is the desk's own words, never the caller's.
     */
    static String page(String detail) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not accepted · Claimdesk"
                + "</title><link rel=\"stylesheet\" href=\"" + Urls.APP_CSS + "\"></head><body><main><h1>Not accepted</h1><p>"
                + detail + "</p><p><a href=\"/\">Back to the claims</a></p></main></body></html>";
    }
}
