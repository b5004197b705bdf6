package io.claimdesk.intake;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

/** A zip uploaded from the import page, and the progress page of each bulk import. */
@Path(Urls.IMPORTS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ImportJobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(ImportJobView job);
    }

    private final BulkImports imports;
    private final CurrentAccount current;

    ImportJobPages(BulkImports imports, CurrentAccount current) {
        this.imports = imports;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm FileUpload zip) {
        if (zip == null || zip.size() == 0) {
            throw new Invalid("zip", "Choose a .zip file of articles to import.");
        }
        long id = imports.start(zip.uploadedFile(), zip.fileName(), current.id());
        return Response.seeOther(URI.create(Urls.importJob(id))).build();
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public TemplateInstance job(@RestPath long id) {
        return Templates.job(ImportJobView.find(id));
    }
}
