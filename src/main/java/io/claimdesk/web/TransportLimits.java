package io.claimdesk.web;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two refusals the HTTP server makes before any resource runs, and makes with an empty body: 413 for a body over
 * {@code quarkus.http.limits.max-body-size} and 414 for an over-long address. This route runs just before the server's
 * own body-size check and answers both first, with {@code {error, detail}} under {@code /api} and a page elsewhere.
 * The server's request-line limit is set well above {@link #MAX_URI_CHARS} so that this answer is the one given.
 */
@ApplicationScoped
public class TransportLimits {

    /** No page or API address of the desk comes near this; a filter's longest query stays far below it. */
    static final int MAX_URI_CHARS = 8192;

    private final long maxBodyBytes;

    TransportLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        if (rc.request().uri().length() > MAX_URI_CHARS) {
            refuse(rc, 414, "uri too long", "The address has " + rc.request().uri().length() + " characters; at most "
                    + MAX_URI_CHARS + " are read. Narrow the filter, or send long values in a request body.");
            return;
        }
        String length = rc.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            // The body is never read: the connection closes after this answer, as the server's own refusal does.
            rc.response().putHeader(HttpHeaderNames.CONNECTION, "close")
                    .endHandler(ended -> rc.request().connection().close());
            refuse(rc, 413, "too large", "The request body has " + length + " bytes; at most " + maxBodyBytes
                    + " are accepted (a zip of articles included). Split it into smaller uploads.");
            return;
        }
        rc.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(RoutingContext rc, int status, String error, String detail) {
        boolean api = rc.normalizedPath().startsWith(Urls.API);
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, api ? "application/json" : "text/html;charset=UTF-8")
                .end(api ? new JsonObject().put("error", error).put("detail", detail).encode() : EmptyErrorBodies.page(detail));
    }
}
