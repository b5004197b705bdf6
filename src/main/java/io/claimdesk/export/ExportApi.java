package io.claimdesk.export;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimFilterParams;
import io.claimdesk.claim.ClaimListUrls;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Exports of any filter of the claim list, for editors, streamed. A set's export is {@code GET /api/sets/{id}/export}. */
@Path(Urls.API + Urls.CLAIMS + Urls.EXPORT)
@RolesAllowed(Roles.EDITOR)
public class ExportApi {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Exports exports;
    private final CurrentAccount current;
    private final ClaimdeskConfig config;

    ExportApi(Exports exports, CurrentAccount current, ClaimdeskConfig config) {
        this.exports = exports;
        this.current = current;
        this.config = config;
    }

    @GET
    public Response claims(@RestQuery String format, @Context UriInfo request) {
        ExportFormat chosen = ExportFormat.parse(format);
        ClaimFilter filter = ClaimFilterParams.ofQuery(request.getQueryParameters()).toFilter(config);
        ExportScope scope = new ExportScope(null, null, null, null, ClaimListUrls.filterQuery(filter));
        return download(scope, filter, chosen);
    }

    /** The response that streams the export as a download named with the set or filter and the time. */
    Response download(ExportScope scope, ClaimFilter filter, ExportFormat format) {
        String file = scope.fileStem() + "-" + STAMP.format(Instant.now()) + "." + format.extension;
        return Response.ok(exports.stream(scope, filter, format, current.id()), format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }
}
