package io.claimdesk.account;

import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;
import java.util.List;

/**
 * API tokens for integrators, managed by admins: {@code POST /api/tokens {username, name}} answers the token
 * once; {@code GET /api/tokens} lists them without it; {@code DELETE /api/tokens/{id}} revokes one.
 */
@Path(Urls.API + Urls.TOKENS)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiTokenApi {

    public record NewToken(String username, String name) {
    }

    /** The only answer that carries the token: the caller must keep it now, it cannot be shown again. */
    public record CreatedToken(long id, String name, String username, String prefix, String token,
                               Instant createdAt) {
    }

    private final ApiTokens tokens;
    private final CurrentAccount current;

    ApiTokenApi(ApiTokens tokens, CurrentAccount current) {
        this.tokens = tokens;
        this.current = current;
    }

    @GET
    public List<ApiTokenJson> list() {
        return tokens.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(NewToken body) {
        if (body == null) {
            throw new Invalid("body", "Send {username, name} as JSON.");
        }
        ApiTokens.Created created = tokens.create(current.get(), body.username(), body.name());
        ApiToken token = created.token();
        // The answer holds a secret: no cache along the way may keep it.
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new CreatedToken(token.id, token.name, token.account.username, token.prefix,
                        created.plain(), token.createdAt))
                .build();
    }

    @DELETE
    @Path(Urls.ID)
    @Transactional
    public void revoke(@RestPath long id) {
        tokens.revoke(current.get(), id);
    }
}
