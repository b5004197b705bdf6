package io.claimdesk.account;

import io.claimdesk.failure.Refused;
import io.claimdesk.web.ErrorMappers;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses forged state changes (POST, PUT, PATCH, DELETE, …). A browser attaches the session cookie, and Basic
 * credentials it remembers, to any request for this site, also one that a foreign page makes it send. So a change
 * from a browser must show it came from one of our pages: no foreign Origin (or Referer), and, for a session, the
 * CSRF token of our forms — the form field, or the {@code X-CSRF-TOKEN} header — equal to the CSRF cookie, which
 * another site can neither read nor set. Basic and API token callers are programs and need no token.
 *
 * <p>Not Quarkus' CSRF extension: it checks form bodies only and lets any other through. This checks every body, in
 * two steps: before matching (so that a refused
 * request is a 403 whatever route and body it names), and, for a form whose token is in the body, once the form
 * has been read. A form post that matching refuses (415, 405, 404) never reaches the second step and is answered
 * as a refused forgery too.
 */
public class ForgedRequestGuard {

    private static final Logger LOG = Logger.getLogger("io.claimdesk.security");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Set on a session's form post whose token is still to be read from the form. */
    private static final String TOKEN_IN_FORM = "claimdesk.csrf-token-in-form";

    private final CurrentIdentityAssociation identities;

    ForgedRequestGuard(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> beforeMatching(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            SignedIn.Via via = SignedIn.via(identity);
            if (via == null || via == SignedIn.Via.TOKEN) {
                return null; // anonymous: refused later if the route needs someone; a token is never sent on its own
            }
            String foreign = RequestOrigin.foreign(routing.request());
            if (foreign != null) {
                throw refuse(foreignOrigin(foreign), request, SignedIn.username(identity));
            }
            if (via == SignedIn.Via.BASIC) {
                return null;
            }
            String header = request.getHeaderString(CsrfToken.HEADER);
            if (header != null) {
                check(header, routing, request);
            } else if (isForm(request.getMediaType())) {
                routing.put(TOKEN_IN_FORM, true);
            } else {
                throw refuse(missingToken(), request, SignedIn.username(identity));
            }
            return null;
        });
    }

    @ServerRequestFilter
    @WithFormRead
    public void afterFormRead(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (routing.remove(TOKEN_IN_FORM) == null) {
            return;
        }
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(CsrfToken.FIELD, true, false);
        check(field instanceof FormValue value ? value.getValue() : (String) field, routing, request);
    }

    @ServerResponseFilter
    public void neverChecked(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (routing.remove(TOKEN_IN_FORM) == null) {
            return;
        }
        Refused refusal = refuse(missingToken(), request, "a session");
        Response answer = ErrorMappers.refusal(request, Response.Status.FORBIDDEN, refusal.reason, refusal.getMessage());
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), null, answer.getMediaType());
    }

    private void check(String token, RoutingContext routing, ContainerRequestContext request) {
        String expected = CsrfToken.sent(routing);
        if (token == null || token.isEmpty() || expected == null) {
            throw refuse(missingToken(), request, "a session");
        }
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw refuse(wrongToken(), request, "a session");
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static Refused missingToken() {
        return new Refused("missing csrf token", "The form's security token was missing or has expired."
                + " Go back, reload the page and submit it again. Programs: sign in with an API token or HTTP Basic"
                + " instead of the session cookie, or send the token as the X-CSRF-TOKEN header.");
    }

    private static Refused wrongToken() {
        return new Refused("invalid csrf token", "The form's security token does not match this"
                + " browser's. Go back, reload the page and submit it again.");
    }

    private static Refused foreignOrigin(String origin) {
        return new Refused("foreign origin", "A page of " + origin + " may not change anything here.");
    }

    private static Refused refuse(Refused e, ContainerRequestContext request, String who) {
        LOG.warnf("Refused %s %s from %s: %s", request.getMethod(), request.getUriInfo().getPath(), who, e.reason);
        return e;
    }
}
