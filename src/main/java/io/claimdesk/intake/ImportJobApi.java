package io.claimdesk.intake;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.File;
import java.net.URI;

/** Bulk imports for integrators and for {@code bin/import}: send a zip, then follow the job. */
@Path(Urls.API + Urls.IMPORTS)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
public class ImportJobApi {

    private final BulkImports imports;
    private final CurrentAccount current;

    ImportJobApi(BulkImports imports, CurrentAccount current) {
        this.imports = imports;
        this.current = current;
    }

    /** Starts importing the zip's .txt, .html and .md files; 202 with the job's location at once. */
    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response start(File zip, @RestQuery String name) {
        long id = imports.start(zip.toPath(), name, current.id());
        return Response.accepted(job(id)).location(URI.create(Urls.apiImportJob(id))).build();
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public ImportJobView job(@RestPath long id) {
        return ImportJobView.find(id);
    }
}
