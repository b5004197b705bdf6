package io.claimdesk.export;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimFilterParams;
import io.claimdesk.claim.ClaimListUrls;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;


/** Exports of any filter of the claim list, for editors, streamed. A set's export is {@code GET /api/sets/{id}/export}. */
@Path(Urls.API + Urls.CLAIMS + Urls.EXPORT)
@RolesAllowed(Roles.EDITOR)
public class ExportApi {

    private final ExportDownloads downloads;
    private final ClaimdeskConfig config;

    ExportApi(ExportDownloads downloads, ClaimdeskConfig config) {
        this.downloads = downloads;
        this.config = config;
    }

    @GET
    public Response claims(@RestQuery String format, @Context UriInfo request) {
        ExportFormat chosen = ExportFormat.parse(format);
        ClaimFilter filter = ClaimFilterParams.ofQuery(request.getQueryParameters()).toFilter(config);
        ExportScope scope = new ExportScope(null, null, null, null, ClaimListUrls.filterQuery(filter));
        return downloads.of(scope, filter, chosen);
    }
}
