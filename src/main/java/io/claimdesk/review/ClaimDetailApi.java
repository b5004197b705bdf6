package io.claimdesk.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryRow;
import io.claimdesk.matching.Corroboration;
import io.claimdesk.matching.RelatedClaim;
import io.claimdesk.matching.RelatedClaimJson;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.web.Urls;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** One claim for integrators, with everything reviewers did about it and its relations to other outlets' claims. */
@Path(Urls.API + Urls.CLAIMS)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ClaimDetailApi {

    private final ClaimQuery claims;
    private final ReviewQuery reviews;
    private final History history;
    private final RelationQuery relations;

    ClaimDetailApi(ClaimQuery claims, ReviewQuery reviews, History history, RelationQuery relations) {
        this.claims = claims;
        this.reviews = reviews;
        this.history = history;
        this.relations = relations;
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
