package io.claimdesk.matching;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.Map;

/**
 * Relations for integrators: decide one, list the open conflicts, and see or restart the matcher. A claim's
 * relations are part of {@code GET /api/claims/{id}}.
 */
@Path(Urls.API + Urls.RELATIONS)
@Produces(MediaType.APPLICATION_JSON)
public class RelationApi {

    private final Relations relations;
    private final RelationQuery query;
    private final CorpusMatcher matcher;
    private final CurrentAccount current;
    private final ClaimdeskConfig config;
    private final ConflictThreshold threshold;

    RelationApi(Relations relations, RelationQuery query, CorpusMatcher matcher, CurrentAccount current,
                ClaimdeskConfig config, ConflictThreshold threshold) {
        this.relations = relations;
        this.query = query;
        this.matcher = matcher;
        this.current = current;
        this.config = config;
        this.threshold = threshold;
    }

    /** The body that sets the conflicts page's threshold: {@code {"threshold": 0.6}}. */
    public record Threshold(String threshold) {
    }

    /** The body of a decision: {@code {"state": "CONFIRMED" | "REJECTED"}}. */
    public record Decision(String state) {
    }

    /** A relation as stored: from the claim that found it to the other, with each claim's language. */
    public record RelationJson(long id, long fromClaimId, long toClaimId, RelationType type, RelationState state, double score,
                               String detail, String decidedBy, Instant decidedAt, String fromLanguage, String toLanguage) {
        static RelationJson of(ClaimRelation r) {
            return new RelationJson(r.id, r.fromClaim.id, r.toClaim.id, r.type, r.state, r.score, r.detail,
                    r.decidedBy == null ? null : r.decidedBy.username, r.decidedAt, r.fromClaim.language, r.toClaim.language);
        }
    }

    @PATCH
    @Path(Urls.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public RelationJson decide(@RestPath long id, Decision decision) {
        if (decision == null) {
            throw new Invalid("state", "Send {\"state\": \"CONFIRMED\"} or {\"state\": \"REJECTED\"}.");
        }
        return RelationJson.of(relations.decide(id, current.get(), decision.state()));
    }

    /**
     * Open conflicts and contradictions, strongest first, without suggestions scored under the desk's threshold;
     * {@code before} is the previous page's {@code nextBefore}.
     */
    @GET
    @Path(Urls.CONFLICTS)
    @Authenticated
    @Transactional
    public ConflictPage conflicts(@RestQuery String before, @RestQuery String size) {
        int pageSize = Params.parseInt("size", size, config.pageSize(), 1, config.maxPageSize());
        return query.conflicts(before, pageSize, threshold.get());
    }

    /** Sets the score under which the conflicts page hides suggestions, for the whole desk. */
    @PUT
    @Path(Urls.CONFLICT_THRESHOLD)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Map<String, Double> setThreshold(Threshold body) {
        return Map.of("threshold", threshold.set(body == null ? null : body.threshold(), current.get()));
    }

    @GET
    @Path(Urls.MATCHING)
    @RolesAllowed(Roles.EDITOR)
    public CorpusMatcher.Status matching() {
        return matcher.status();
    }

    /** Matches every article again (after the matcher changed); decided relations keep their decisions. */
    @POST
    @Path(Urls.MATCHING + Urls.RERUN)
    @RolesAllowed(Roles.ADMIN)
    public Response rerun() {
        return Response.accepted(Map.of("articles", matcher.rematchAll())).build();
    }
}
