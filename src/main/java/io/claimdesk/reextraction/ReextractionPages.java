package io.claimdesk.reextraction;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/** The article page's "run the extractor again" button. Same root as {@code ArticlePages}, for the routing's sake. */
@Path(Urls.ARTICLES)
@Produces(MediaType.TEXT_HTML)
public class ReextractionPages {

    private final Reextraction reextraction;
    private final CurrentAccount current;

    ReextractionPages(Reextraction reextraction, CurrentAccount current) {
        this.reextraction = reextraction;
        this.current = current;
    }

    @POST
    @Path(Urls.ID + Urls.REEXTRACT)
    @RolesAllowed(Roles.EDITOR)
    public Response reextract(@RestPath long id) {
        reextraction.reextract(id, current.id());
        return Response.seeOther(URI.create(Urls.article(id) + "?done=reextracted")).build();
    }
}
