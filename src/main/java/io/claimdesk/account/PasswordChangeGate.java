package io.claimdesk.account;

import io.claimdesk.web.Urls;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Map;

/** An account signed in with a generated password may do nothing but choose its own (or sign out). */
public class PasswordChangeGate {

    static final String PASSWORD_PAGE = Urls.OWN_PASSWORD;

    private final CurrentIdentityAssociation identities;

    PasswordChangeGate(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> requireOwnPassword(UriInfo uri) {
        String path = uri.getPath();
        if (path.equals(PASSWORD_PAGE) || path.equals(Urls.LOGOUT) || path.equals(Urls.LOGIN)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (!SignedIn.mustChangePassword(identity)) {
                return null;
            }
            if (path.startsWith(Urls.API)) {
                return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", "password change required",
                                "detail", "Sign in on the web page and choose your own password first."))
                        .build();
            }
            return Response.seeOther(URI.create(PASSWORD_PAGE)).build();
        });
    }
}
