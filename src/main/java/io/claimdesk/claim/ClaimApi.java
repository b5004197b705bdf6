package io.claimdesk.claim;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryRow;
import io.claimdesk.matching.Corroboration;
import io.claimdesk.matching.RelatedClaim;
import io.claimdesk.matching.RelatedClaimJson;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.review.CommentRow;
import io.claimdesk.review.ReviewQuery;
import io.claimdesk.review.VerdictRow;
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
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** Claims for integrators: the same filters as the list page, as JSON. */
@Path(Urls.API + Urls.CLAIMS)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ClaimApi {

    private final ClaimQuery claims;
    private final ReviewQuery reviews;
    private final History history;
    private final RelationQuery relations;
    private final ClaimdeskConfig config;

    ClaimApi(ClaimQuery claims, ReviewQuery reviews, History history, RelationQuery relations, ClaimdeskConfig config) {
        this.claims = claims;
        this.reviews = reviews;
        this.history = history;
        this.relations = relations;
        this.config = config;
    }

    @GET
    @Transactional
    public PageJson<ClaimRow> list(@Context UriInfo request) {
        ClaimPage page = claims.page(ClaimFilterParams.ofQuery(request.getQueryParameters()).toFilter(config));
        return new PageJson<>(page.total(), page.filter().page(), page.filter().size(), page.rows());
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public ClaimDetail claim(@RestPath long id) {
        ClaimRow row = claims.row(id).orElseThrow(() -> new NotFound("There is no claim " + id));
        List<RelatedClaim> related = relations.forClaim(id);
        return new ClaimDetail(row, reviews.verdicts(id), reviews.thread(id), history.forClaim(id),
                related.stream().map(RelatedClaimJson::of).toList(), relations.corroboration(row, related));
    }

    /** One claim with everything reviewers did about it, and how it stands against other outlets' claims. */
    public record ClaimDetail(@JsonUnwrapped ClaimRow claim, List<VerdictRow> verdicts, List<CommentRow> comments,
                              List<HistoryRow> history, List<RelatedClaimJson> relations, Corroboration corroboration) {
    }
}
