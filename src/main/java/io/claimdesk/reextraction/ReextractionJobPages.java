package io.claimdesk.reextraction;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/**
 * The articles page's "run the extractor again over every article" button and the run's progress page, which
 * refreshes its progress in place (htmx) or, without JavaScript, reloads itself while the run goes on.
 */
@Path(Urls.REEXTRACTIONS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ReextractionJobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(ReextractionJobView job);

        static native TemplateInstance job$progress(ReextractionJobView job);
    }

    private final CorpusReextraction corpus;
    private final CurrentAccount current;

    ReextractionJobPages(CorpusReextraction corpus, CurrentAccount current) {
        this.corpus = corpus;
        this.current = current;
    }

    @POST
    public Response start() {
        return Response.seeOther(URI.create(Urls.reextractionJob(corpus.start(current.id())))).build();
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public TemplateInstance job(@RestPath long id) {
        return Templates.job(ReextractionJobView.find(id));
    }

    @GET
    @Path(Urls.ID + Urls.PROGRESS)
    @Transactional
    public TemplateInstance progress(@RestPath long id) {
        return Templates.job$progress(ReextractionJobView.find(id));
    }
}
