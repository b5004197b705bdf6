package io.claimdesk.review;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** Authors edit and delete their own comments: {@code PUT} / {@code DELETE /api/comments/{id}}. */
@Path(Urls.API + Urls.COMMENTS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentApi {

    private final Comments comments;
    private final CurrentAccount current;

    CommentApi(Comments comments, CurrentAccount current) {
        this.comments = comments;
        this.current = current;
    }

    @PUT
    @Path(Urls.ID)
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public CommentRow editComment(@RestPath long id, @Valid CommentEdit edit) {
        if (edit == null) {
            throw new Invalid("body", "Send {body} as JSON.");
        }
        return ReviewRows.of(comments.edit(id, current.get(), edit.body()));
    }

    @DELETE
    @Path(Urls.ID)
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public Response deleteComment(@RestPath long id) {
        comments.delete(id, current.get());
        return Response.noContent().build();
    }
}
