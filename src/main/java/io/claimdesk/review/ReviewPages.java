package io.claimdesk.review;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimPage;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.claimdesk.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The review queue and the review forms of a claim's page. Without JavaScript each form posts, redirects and
 * shows the page again; with htmx ({@code HX-Request}) the answer is the review panel alone, swapped in place.
 */
@Path(Urls.HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.REVIEWER)
public class ReviewPages {

    /** The queue page: the chosen queue's claims and the other queues with their sizes. */
    public record QueueView(QueueSpec queue, ClaimPage page, List<Tab> tabs, List<String> topics,
                            List<String> outlets, String previousUrl, String nextUrl) {
    }

    /** One queue to pick, with how many claims are in it. */
    public record Tab(String label, String url, long size, boolean current) {
    }

    /** The verdict form: a verdict, why, and what shows it (typed evidence and ticked confirmed relations). */
    public record VerdictForm(@RestForm String verdict, @RestForm String rationale, @RestForm String evidence,
                              @RestForm List<String> cite, @RestForm String attribution) {

        /** The verdict as the domain takes it: ticked relations are cited like claim ids typed into the evidence. */
        VerdictInput input() {
            List<String> items = new ArrayList<>(cite == null ? List.of() : cite);
            if (evidence != null) {
                items.add(0, evidence);
            }
            return new VerdictInput(verdict, rationale, items.isEmpty() ? null : items, attribution);
        }

        Map<String, String> typed() {
            return Map.of("verdict", orEmpty(verdict), "rationale", orEmpty(rationale), "evidence", orEmpty(evidence),
                    "attribution", orEmpty(attribution));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueView view);

        static native TemplateInstance panel(ReviewView view);
    }

    private final Reviews reviews;
    private final Comments comments;
    private final ReviewPanel panel;
    private final ClaimReviewPages claimPages;
    private final ClaimQuery claims;
    private final CurrentAccount current;
    private final ClaimdeskConfig config;
    private final Validator validator;

    ReviewPages(Reviews reviews, Comments comments, ReviewPanel panel, ClaimReviewPages claimPages, ClaimQuery claims,
                CurrentAccount current, ClaimdeskConfig config, Validator validator) {
        this.reviews = reviews;
        this.comments = comments;
        this.panel = panel;
        this.claimPages = claimPages;
        this.claims = claims;
        this.current = current;
        this.config = config;
        this.validator = validator;
    }

    @GET
    @Path(Urls.QUEUE)
    @Transactional
    public TemplateInstance queue(@RestQuery String queue, @RestQuery String qtopic, @RestQuery String qoutlet,
                                  @RestQuery String page) {
        QueueSpec spec = QueueSpec.parse(queue == null ? "unreviewed" : queue, qtopic, qoutlet);
        int pageNumber = Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / config.maxPageSize());
        ClaimPage claimPage = claims.page(spec.filter(current.id(), pageNumber, config.pageSize()));
        List<Tab> tabs = Arrays.stream(QueueSpec.View.values()).map(v -> {
            QueueSpec other = new QueueSpec(v, spec.topic(), spec.outlet());
            long size = claims.count(other.filter(current.id(), 1, 1));
            return new Tab(v.label, Urls.queue(other.query()), size, v == spec.view());
        }).toList();
        String base = Urls.queue(spec.query()) + "&page=";
        return Templates.queue(new QueueView(spec, claimPage, tabs, io.claimdesk.article.DeskTopics.ids(),
                io.claimdesk.article.Outlet.listByName().stream().map(o -> o.name).toList(),
                claimPage.hasPrevious() ? base + (pageNumber - 1) : null,
                claimPage.hasNext() ? base + (pageNumber + 1) : null));
    }

    @POST
    @Path(Urls.CLAIMS + Urls.ID + Urls.VERDICTS)
    public Response verdict(@RestPath long id, @BeanParam VerdictForm form,
                            @RestQuery String queue, @RestQuery String qtopic, @RestQuery String qoutlet,
                            @HeaderParam("HX-Request") boolean htmx) {
        return submit(id, QueueSpec.parse(queue, qtopic, qoutlet), htmx, "verdict", form.typed(), true,
                () -> reviews.give(id, current.get(), Violations.check(validator, form.input())));
    }

    @POST
    @Path(Urls.CLAIMS + Urls.ID + Urls.SETTLEMENT)
    @RolesAllowed(Roles.EDITOR)
    public Response settle(@RestPath long id, @RestForm String verdict, @RestForm String rationale,
                           @RestQuery String queue, @RestQuery String qtopic, @RestQuery String qoutlet,
                           @HeaderParam("HX-Request") boolean htmx) {
        VerdictInput input = new VerdictInput(verdict, rationale, null, null);
        Map<String, String> typed = Map.of("settleVerdict", orEmpty(verdict), "settleRationale", orEmpty(rationale));
        return submit(id, QueueSpec.parse(queue, qtopic, qoutlet), htmx, "settled", typed, true,
                () -> settlement(id, input));
    }

    /** A refused settlement names the settle form's own fields, so its message shows there, not in the verdict form. */
    private Verdict settlement(long id, VerdictInput input) {
        try {
            return reviews.settle(id, current.get(), Violations.check(validator, input));
        } catch (Invalid e) {
            throw e.renamed(field -> "settle" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
        }
    }

    @POST
    @Path(Urls.CLAIMS + Urls.ID + Urls.COMMENTS)
    public Response comment(@RestPath long id, @RestForm String body, @RestForm Long parentId,
                            @RestQuery String queue, @RestQuery String qtopic, @RestQuery String qoutlet,
                            @HeaderParam("HX-Request") boolean htmx) {
        // A refused reply's text is not put into the new comment's box: it was typed in the reply's own.
        Map<String, String> typed = parentId == null ? Map.of("body", orEmpty(body)) : Map.of();
        return submit(id, QueueSpec.parse(queue, qtopic, qoutlet), htmx, "commented", typed, false,
                () -> comments.add(id, current.get(), Violations.check(validator, new CommentInput(body, parentId))));
    }

    @POST
    @Path(Urls.COMMENTS + Urls.COMMENT_ID + Urls.EDIT)
    public Response editComment(@RestPath long commentId, @RestForm String body, @HeaderParam("HX-Request") boolean htmx) {
        long claimId = claimOf(commentId);
        return submit(claimId, null, htmx, "edited", Map.of("body", orEmpty(body)), false,
                () -> comments.edit(commentId, current.get(), Violations.check(validator, new CommentEdit(body)).body()));
    }

    @POST
    @Path(Urls.COMMENTS + Urls.COMMENT_ID + Urls.DELETE)
    public Response deleteComment(@RestPath long commentId, @HeaderParam("HX-Request") boolean htmx) {
        long claimId = claimOf(commentId);
        return submit(claimId, null, htmx, "deleted", Map.of(), false, () -> comments.delete(commentId, current.get()));
    }

    /**
     * Runs the change; answers with the panel (htmx) or a redirect to the page. A refused change shows the form
     * again with what was typed and the message beside the field, so nothing typed is lost.
     */
    private Response submit(long claimId, QueueSpec queue, boolean htmx, String done, Map<String, String> typed,
                            boolean verdictForm, Supplier<?> change) {
        try {
            change.get();
        } catch (Invalid e) {
            FormState refused = FormState.refused(e, typed);
            return refused(claimId, queue, htmx, verdictForm ? refused : FormState.empty(),
                    verdictForm ? FormState.empty() : refused, Response.Status.BAD_REQUEST);
        } catch (NotInDispute e) {
            // The panel drawn again has no settle form (nothing to settle now): the message stands in its place.
            return refused(claimId, queue, htmx, new FormState(typed, Map.of("settle", e.getMessage())), FormState.empty(),
                    Response.Status.CONFLICT);
        }
        if (htmx) {
            return Response.ok(panelOf(claimId, queue, FormState.empty(), FormState.empty(), done)).build();
        }
        String query = (queue == null ? "?" : "?" + queue.query() + "&") + "done=" + done;
        return Response.seeOther(URI.create(Urls.claim(claimId) + query)).build();
    }

    /** A refused change: the panel alone for htmx (which swaps only a 200), else the whole page with the status. */
    private Response refused(long claimId, QueueSpec queue, boolean htmx, FormState verdictState, FormState commentState,
                             Response.Status status) {
        if (htmx) {
            return Response.ok(panelOf(claimId, queue, verdictState, commentState, null)).build();
        }
        return Response.status(status).entity(claimPages.render(claimId, queue, verdictState, commentState, null)).build();
    }

    @Transactional
    TemplateInstance panelOf(long claimId, QueueSpec queue, FormState verdictForm, FormState commentForm, String done) {
        ClaimRow row = claims.row(claimId).orElseThrow(() -> new NotFound("There is no claim " + claimId));
        return Templates.panel(panel.view(claimId, row.status(), row.reviewersDisagree(), queue, verdictForm,
                commentForm, done));
    }

    @Transactional
    long claimOf(long commentId) {
        ClaimComment comment = ClaimComment.findById(commentId);
        if (comment == null) {
            throw new NotFound("There is no comment " + commentId);
        }
        return comment.claim.id;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
