package io.claimdesk.review;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * One claim's page ({@code /claims/{id}}): the claim in its article, how it stands against other outlets, and the
 * review panel where a reviewer gives a verdict.
 */
@Path(Urls.HOME)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClaimReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimView view);
    }

    private final ClaimReadings readings;
    private final ReviewPanel panel;
    private final CurrentAccount current;
    private final EntityManager em;

    ClaimReviewPages(ClaimReadings readings, ReviewPanel panel, CurrentAccount current, EntityManager em) {
        this.readings = readings;
        this.panel = panel;
        this.current = current;
        this.em = em;
    }

    @GET
    @Path(Urls.CLAIMS + Urls.ID)
    public TemplateInstance claim(@RestPath long id, @RestQuery String queue, @RestQuery String qtopic,
                                  @RestQuery String qoutlet, @RestQuery String done) {
        return render(id, QueueSpec.parse(queue, qtopic, qoutlet), FormState.empty(), FormState.empty(), done);
    }

    /**
     * The claim page, also with a refused form shown again (values kept, message beside the field). What every reader
     * sees is read by {@link ClaimReadings} (kept while the desk stands still); what is this reader's is added here.
     */
    @Transactional
    public TemplateInstance render(long id, QueueSpec queue, FormState verdictForm, FormState commentForm, String done) {
        ClaimReading read = readings.read(id);
        ClaimRow row = read.claim();
        return Templates.claim(new ClaimView(row, read.before(), read.after(), read.article(), read.placeInArticleUrl(),
                panel.view(read.review(), row.status(), row.reviewersDisagree(), queue, verdictForm, commentForm, done,
                        RelationQuery.citable(read.related())),
                panel.nav(id, queue), setOptions(), read.related(), read.corroboration(),
                current.has(Roles.REVIEWER)));
    }

    /** The sets an editor may add the claim to (none for others, who may not). */
    private List<ClaimView.SetOption> setOptions() {
        if (!current.has(Roles.EDITOR)) {
            return List.of();
        }
        return em.createQuery("select new io.claimdesk.review.ClaimView$SetOption(s.id, s.name) from ClaimSet s order by s.name",
                ClaimView.SetOption.class).getResultList();
    }
}
