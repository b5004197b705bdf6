package io.claimdesk.reextraction;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/**
 * Runs the extractor again over stored articles, for editors (one article, answered when done) and admins (all, in
 * the background). The root path is {@code ArticleApi}'s own: a root that only prefixed another would hide that
 * class's routes.
 */
@Path(Urls.API + Urls.ARTICLES)
@Produces(MediaType.APPLICATION_JSON)
public class ReextractionApi {

    private final Reextraction reextraction;
    private final CorpusReextraction corpus;
    private final CurrentAccount current;

    ReextractionApi(Reextraction reextraction, CorpusReextraction corpus, CurrentAccount current) {
        this.reextraction = reextraction;
        this.corpus = corpus;
        this.current = current;
    }

    @POST
    @Path(Urls.ID + Urls.REEXTRACT)
    @RolesAllowed(Roles.EDITOR)
    public ReextractionSummary reextract(@RestPath long id) {
        return reextraction.reextract(id, current.id());
    }

    /**
     * Every article, each in its own transaction, in the background: 202 at once with the job and its
     * {@code Location}, or the run already going if there is one.
     */
    @POST
    @Path(Urls.REEXTRACT)
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response reextractAll() {
        long id = corpus.start(current.id());
        return Response.accepted(ReextractionJobView.find(id)).location(URI.create(Urls.apiReextractionJob(id))).build();
    }
}
