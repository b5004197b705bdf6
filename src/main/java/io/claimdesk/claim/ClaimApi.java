package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.quarkus.security.Authenticated;
import io.claimdesk.web.PageJson;
import io.claimdesk.web.Urls;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;


/**
 * Claims for integrators: the same filters as the list page, as JSON. One claim with its reviews and relations is
 * review's {@code ClaimDetailApi}, on the same path.
 */
@Path(Urls.API + Urls.CLAIMS)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ClaimApi {

    private final ClaimQuery claims;
    private final ClaimdeskConfig config;

    ClaimApi(ClaimQuery claims, ClaimdeskConfig config) {
        this.claims = claims;
        this.config = config;
    }

    @GET
    @Transactional
    public PageJson<ClaimRow> list(@Context UriInfo request) {
        ClaimPage page = claims.page(ClaimFilterParams.ofQuery(request.getQueryParameters()).toFilter(config));
        return new PageJson<>(page.total(), page.filter().page(), page.filter().size(), page.rows());
    }
}
