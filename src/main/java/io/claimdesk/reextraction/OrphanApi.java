package io.claimdesk.reextraction;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Editors resolve the claims a re-extraction could not place again, listed by {@code GET /api/claims?orphaned=true}. */
@Path(Urls.API + Urls.CLAIMS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrphanApi {

    private final Reextraction reextraction;
    private final ClaimQuery claims;
    private final CurrentAccount current;

    OrphanApi(Reextraction reextraction, ClaimQuery claims, CurrentAccount current) {
        this.reextraction = reextraction;
        this.claims = claims;
        this.current = current;
    }

    /** {@code {"action": "dismiss"}}: the claim stays, with its reviews, and leaves the orphans. */
    public record Resolution(String action) {
    }

    @POST
    @Path(Urls.ID + Urls.ORPHAN_RESOLVE)
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public ClaimRow resolve(@RestPath long id, Resolution resolution) {
        if (resolution == null || !"dismiss".equals(resolution.action())) {
            throw new Invalid("action",
                    "Send {\"action\": \"dismiss\"} to keep the claim and clear its orphaned mark.");
        }
        reextraction.dismissOrphan(id, current.id());
        return claims.row(id).orElseThrow();
    }
}
