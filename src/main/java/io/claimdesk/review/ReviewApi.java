package io.claimdesk.review;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;

/** Verdicts, settlements and new comments for API clients. Reads are part of {@code GET /api/claims/{id}}. */
@Path(Urls.API + Urls.CLAIMS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewApi {

    private final Reviews reviews;
    private final Comments comments;
    private final CurrentAccount current;

    ReviewApi(Reviews reviews, Comments comments, CurrentAccount current) {
        this.reviews = reviews;
        this.comments = comments;
        this.current = current;
    }

    @POST
    @Path(Urls.ID + Urls.VERDICTS)
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public Response verdict(@RestPath long id, @Valid VerdictInput input) {
        Verdict verdict = reviews.give(id, current.get(), input);
        return created(id, ReviewRows.of(verdict));
    }

    @POST
    @Path(Urls.ID + Urls.SETTLEMENT)
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Response settle(@RestPath long id, @Valid VerdictInput input) {
        Verdict settlement = reviews.settle(id, current.get(), input);
        return created(id, ReviewRows.of(settlement));
    }

    @POST
    @Path(Urls.ID + Urls.COMMENTS)
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public Response comment(@RestPath long id, @Valid CommentInput input) {
        if (input == null) {
            throw new Invalid("body", "Send {body, parentId?} as JSON.");
        }
        ClaimComment comment = comments.add(id, current.get(), input);
        return created(id, ReviewRows.of(comment));
    }

    private static Response created(long claimId, Object body) {
        return Response.created(URI.create(Urls.apiClaim(claimId))).entity(body).build();
    }
}
