package io.claimdesk.reextraction;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Runs the extractor again over stored articles, for editors (one article) and admins (all). The root path is
 * {@code ArticleApi}'s own: a root that only prefixed another would hide that class's routes.
 */
@Path("/api/articles")
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
    @Path("{id}/reextract")
    @RolesAllowed(Role.EDITOR_NAME)
    public ReextractionSummary reextract(@RestPath long id) {
        return reextraction.reextract(id, current.id());
    }

    /** Every article, each in its own transaction; answers once all are done. */
    @POST
    @Path("reextract")
    @RolesAllowed(Role.ADMIN_NAME)
    public ReextractionTotals reextractAll() {
        return corpus.reextractAll(current.id());
    }
}
