package io.claimdesk.web;

import io.claimdesk.failure.Conflict;
import io.claimdesk.failure.Duplicate;
import io.claimdesk.failure.FieldError;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.failure.Refused;
import io.claimdesk.failure.StaleVersion;
import io.claimdesk.failure.TooLarge;
import io.claimdesk.failure.Unfetchable;
import io.claimdesk.failure.Unsupported;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/**
 * Every failure answers in the caller's language: {@code {error, detail}} JSON under {@code /api}, an HTML page
 * that says what happened everywhere else. A stack trace goes to the log, never to the client.
 *
 * <p>The features say why they refuse in {@code io.claimdesk.failure}'s words; each of those is answered here, once.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final Logger SECURITY_LOG = Logger.getLogger("io.claimdesk.security");

    /** The JSON body of every API error. */
    public record ApiError(String error, String detail) {
    }

    /** The JSON body of an invalid request: every field that is wrong, and all their messages as one detail. */
    public record InvalidError(String error, String detail, List<FieldError> errors) {
    }

    /** What an HTML error page shows. */
    public record ErrorView(int status, String title, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView view);
    }

    /** One wrong field is named in the {@code error} ("invalid topic"); several are "invalid input". */
    @ServerExceptionMapper
    public Response invalid(Invalid e, UriInfo uri) {
        if (!isApi(uri)) {
            return page(Response.Status.BAD_REQUEST, e.getMessage());
        }
        List<FieldError> errors = e.errors();
        String error = errors.size() == 1 ? "invalid " + errors.get(0).field() : "invalid input";
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new InvalidError(error, e.getMessage(), errors)).build();
    }

    /**
     * A body checked with {@code @Valid} (or any bean's constraints) is refused like every other wrong input: through
     * {@link Violations}, never in the validator's own shape. Listed by class too, so Quarkus' mapper for its subclass
     * is not the closer match.
     */
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response violated(ConstraintViolationException e, UriInfo uri) {
        return invalid(Violations.invalid(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return respond(uri, Response.Status.NOT_FOUND, "not found", e.getMessage());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        SECURITY_LOG.warnf("Refused unauthenticated %s: %s", uri.getPath(), e.getMessage() == null ? "no credentials" : e.getMessage());
        if (isApi(uri)) {
            // Both ways in are offered, one challenge per header (clients parse that best). A client that sent a
            // token learns that the token is what failed (RFC 6750).
            boolean sentToken = sentBearerToken(headers);
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE,
                            "Bearer realm=\"Claimdesk\"" + (sentToken ? ", error=\"invalid_token\"" : ""))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Claimdesk\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unauthorized", sentToken
                            ? "The API token is unknown or revoked, or its account is disabled; ask an admin for a new one."
                            : "Sign in: send HTTP Basic credentials or an API token (Authorization: Bearer …) of a Claimdesk account."))
                    .build();
        }
        return Response.seeOther(URI.create(e instanceof AuthenticationFailedException ? Urls.LOGIN + "?failed=true" : Urls.LOGIN))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        String who = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        SECURITY_LOG.warnf("Refused %s to '%s': role not allowed", uri.getPath(), who);
        return respond(uri, Response.Status.FORBIDDEN, "forbidden", "Your role may not do this.");
    }

    /** Also thrown by request filters (a forged form post), before a route is known: the answer follows the request. */
    @ServerExceptionMapper
    public Response refused(Refused e, ContainerRequestContext request) {
        return refusal(request, Response.Status.FORBIDDEN, e.reason, e.getMessage());
    }

    /**
     * A refusal made before a route has answered (filters): JSON for the API and for callers that send or ask for
     * JSON, a page for people.
     */
    public static Response refusal(ContainerRequestContext request, Response.StatusType status, String error,
                                   String detail) {
        MediaType sent = request.getMediaType();
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        boolean json = isApi(request.getUriInfo())
                || sent != null && sent.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || accept != null && accept.contains("json") && !accept.contains("html");
        return json ? json(status, error, detail) : page(status, detail);
    }

    @ServerExceptionMapper
    public Response unsupported(Unsupported e, UriInfo uri) {
        return respond(uri, Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported body", e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLarge e, UriInfo uri) {
        return respond(uri, Response.Status.REQUEST_ENTITY_TOO_LARGE, "too large", e.getMessage());
    }

    /**
     * A link whose page cannot be used (not public, too large, no article, an error or no answer upstream): 422, the
     * link was understood. The error names the reason ("private address", "timed out") for programs to branch on.
     */
    @ServerExceptionMapper
    public Response unfetchable(Unfetchable e, UriInfo uri) {
        return respond(uri, UNPROCESSABLE, e.reason.error, e.getMessage());
    }

    /** 422, which {@link Response.Status} does not list. */
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @ServerExceptionMapper
    public Response conflict(Conflict e, UriInfo uri) {
        return respond(uri, Response.Status.CONFLICT, e.reason, e.getMessage());
    }

    /** A duplicate's answer points at the stored thing, so the caller can read it instead of sending it again. */
    @ServerExceptionMapper
    public Response duplicate(Duplicate e, UriInfo uri) {
        return Response.fromResponse(conflict(e, uri)).location(URI.create(e.location)).build();
    }

    /** The stale edit's answer carries the stored version, so the editor can compare and redo the change. */
    public record StaleEdit(String error, String detail, int currentVersion, Object current) {
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersion e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, "\"" + e.currentVersion + "\"")
                .entity(new StaleEdit(e.reason, e.getMessage(), e.currentVersion, e.current)).build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(uri, Response.Status.CONFLICT, "stale edit",
                "Someone saved a change at the same moment; reload and apply your edit again.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 && isDefaultMessage(e) ? "There is nothing at " + uri.getPath()
                : e.getMessage();
        return respond(uri, status, status.getReasonPhrase().toLowerCase(), detail);
    }

    /** A write that lost a race with another request, wrapped by the commit or the framework: 409, send again. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (WriteRaces.lostVersion(e)) {
            return optimisticLock(null, uri);
        }
        if (WriteRaces.lostUniqueValue(e)) {
            return respond(uri, Response.Status.CONFLICT, "conflict",
                    "Another request stored the same value at the same moment; reload and send yours again.");
        }
        if (WriteRaces.clientGone(e)) {
            // The caller closed the connection mid-request (a cut-off upload): nobody reads this answer, nothing broke.
            LOG.debugf("Client went away during %s", uri.getPath());
            return respond(uri, Response.Status.BAD_REQUEST, "incomplete request", "The connection closed before the request was whole.");
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(uri, Response.Status.INTERNAL_SERVER_ERROR, "internal error",
                "Something went wrong on our side; it has been logged.");
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith(Urls.API);
    }

    private static boolean sentBearerToken(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6);
    }

    private static boolean isDefaultMessage(WebApplicationException e) {
        return e.getMessage() == null || e.getMessage().startsWith("HTTP 404");
    }

    private static Response respond(UriInfo uri, Response.StatusType status, String error, String detail) {
        return isApi(uri) ? json(status, error, detail) : page(status, detail);
    }

    private static Response json(Response.StatusType status, String error, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, detail)).build();
    }

    private static Response page(Response.StatusType status, String detail) {
        String title = status.getStatusCode() == 404 ? "Not found" : status.getReasonPhrase();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(new ErrorView(status.getStatusCode(), title, detail)).render()).build();
    }
}
