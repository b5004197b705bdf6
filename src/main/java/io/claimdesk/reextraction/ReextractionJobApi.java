package io.claimdesk.reextraction;

import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** A corpus re-extraction's progress for integrators and scripts: {@code GET /api/reextractions/{id}}. */
@Path(Urls.API + Urls.REEXTRACTIONS)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReextractionJobApi {

    @GET
    @Path(Urls.ID)
    @Transactional
    public ReextractionJobView job(@RestPath long id) {
        return ReextractionJobView.find(id);
    }
}
