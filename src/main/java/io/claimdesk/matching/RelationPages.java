package io.claimdesk.matching;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.Map;

/** The conflicts page, and the confirm / reject buttons of a claim page's related claims. */
@Path(Urls.HOME)
@Produces(MediaType.TEXT_HTML)
public class RelationPages {

    /**
     * The conflicts page: one page of open conflicts and contradictions, where the next one starts, and whether the
     * reader may change the threshold.
     */
    public record ConflictsView(ConflictPage page, String nextUrl, boolean first, boolean canSetThreshold,
                                boolean thresholdSaved, FormState thresholdForm) {
    }

    /** The threshold as an editor typed it; {@link ConflictThreshold} reads it (0.6 or 60%) for the page and the API. */
    public record ThresholdForm(@RestForm String threshold) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conflicts(ConflictsView view);
    }

    private final RelationQuery query;
    private final Relations relations;
    private final CurrentAccount current;
    private final ClaimdeskConfig config;
    private final ConflictThreshold threshold;

    RelationPages(RelationQuery query, Relations relations, CurrentAccount current, ClaimdeskConfig config,
                  ConflictThreshold threshold) {
        this.query = query;
        this.relations = relations;
        this.current = current;
        this.config = config;
        this.threshold = threshold;
    }

    @GET
    @Path(Urls.CONFLICTS)
    @Authenticated
    @Transactional
    public TemplateInstance conflicts(@RestQuery String before, @RestQuery String done) {
        return view(before, done, FormState.empty());
    }

    @Transactional
    TemplateInstance view(String before, String done, FormState thresholdForm) {
        ConflictPage page = query.conflicts(before, config.pageSize(), threshold.get());
        return Templates.conflicts(new ConflictsView(page,
                page.nextBefore() == null ? null : Urls.conflictsBefore(page.nextBefore()), before == null,
                current.has(Roles.EDITOR), "threshold".equals(done), thresholdForm));
    }

    /**
     * An editor sets the score under which suggestions are hidden, then sees the page again (POST, redirect, GET); a
     * value that cannot be read comes back in its field with the message beside it.
     */
    @POST
    @Path(Urls.CONFLICT_THRESHOLD)
    @RolesAllowed(Roles.EDITOR)
    public Response setThreshold(@BeanParam ThresholdForm form) {
        try {
            this.threshold.set(form.threshold(), current.get());
        } catch (Invalid e) {
            FormState refused = FormState.refused(e, Map.of("threshold", form.threshold() == null ? "" : form.threshold()));
            return Response.status(Response.Status.BAD_REQUEST).entity(view(null, null, refused)).build();
        }
        return Response.seeOther(URI.create(Urls.CONFLICTS + "?done=threshold")).build();
    }

    /** Confirms or rejects a relation, then shows the claim page it was decided on again (POST, redirect, GET). */
    @POST
    @Path(Urls.RELATIONS + Urls.ID + Urls.DECISION)
    @RolesAllowed(Roles.REVIEWER)
    public Response decide(@RestPath long id, @RestForm String state, @RestForm Long claimId) {
        ClaimRelation decided = relations.decide(id, current.get(), state);
        long back = claimId != null && decided.involves(claimId) ? claimId : decided.lowClaimId;
        return Response.seeOther(URI.create(Urls.claim(back) + "?done=relation#relations")).build();
    }
}
