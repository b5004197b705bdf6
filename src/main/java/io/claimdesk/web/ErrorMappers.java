package io.claimdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure answers in the caller's language: {@code {error, detail}} JSON under {@code /api}, an HTML page
 * that says what happened everywhere else. A stack trace goes to the log, never to the client.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** The JSON body of every API error. */
    public record ApiError(String error, String detail) {
    }

    /** What an HTML error page shows. */
    public record ErrorView(String title, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView view);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(uri, Response.Status.BAD_REQUEST, "invalid " + e.field, e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 && isDefaultMessage(e) ? "There is nothing at " + uri.getPath()
                : e.getMessage();
        return respond(uri, status, status.getReasonPhrase().toLowerCase(), detail);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(uri, Response.Status.INTERNAL_SERVER_ERROR, "internal error",
                "Something went wrong on our side; it has been logged.");
    }

    private static boolean isDefaultMessage(WebApplicationException e) {
        return e.getMessage() == null || e.getMessage().startsWith("HTTP 404");
    }

    private static Response respond(UriInfo uri, Response.StatusType status, String error, String detail) {
        if (uri.getPath().startsWith("/api")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, detail)).build();
        }
        String title = status.getStatusCode() == 404 ? "Not found" : status.getReasonPhrase();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(new ErrorView(title, detail)).render()).build();
    }
}
