package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.web.PageJson;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Claims for integrators: the same filters as the list page, as JSON. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimApi {

    private final ClaimQuery claims;
    private final ClaimdeskConfig config;

    ClaimApi(ClaimQuery claims, ClaimdeskConfig config) {
        this.claims = claims;
        this.config = config;
    }

    @GET
    @Transactional
    public PageJson<ClaimRow> list(@BeanParam ClaimFilterParams params) {
        ClaimPage page = claims.page(params.toFilter(config));
        return new PageJson<>(page.total(), page.filter().page(), page.filter().size(), page.rows());
    }

    @GET
    @Path("{id}")
    @Transactional
    public ClaimRow claim(@RestPath long id) {
        return claims.row(id).orElseThrow(() -> new NotFoundException("There is no claim " + id));
    }
}
