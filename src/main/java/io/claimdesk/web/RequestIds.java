package io.claimdesk.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, on all its log lines ({@code %X{requestId}}) and in the {@code X-Request-Id} answer
 * header, so an operator can find one request's lines and a user can quote the id. A caller's own id (from a
 * proxy or load balancer) is kept when it is a plain token.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString().substring(0, 13);
            // Quarkus keeps the MDC in the request's Vert.x context, so worker threads serving it see the id too.
            MDC.put("requestId", id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }
}
