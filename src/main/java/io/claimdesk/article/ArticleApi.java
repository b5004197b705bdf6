package io.claimdesk.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.account.Role;
import io.claimdesk.failure.Invalid;
import io.claimdesk.intake.GivenFields;
import io.claimdesk.intake.Intake;
import io.claimdesk.intake.Prepared;
import io.claimdesk.intake.Upload;
import io.claimdesk.intake.Uploads;
import io.claimdesk.web.ErrorMappers;
import io.claimdesk.web.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import io.claimdesk.web.Urls;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.claimdesk.web.PageJson;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Articles for integrators. Metadata fields come with their *Evidence when inferred from the text. */
@Path(Urls.API + Urls.ARTICLES)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ArticleApi {

    private static final int MAX_PAGE_SIZE = 200;

    /** One article with its stored text. */
    public record ArticleJson(@JsonUnwrapped ArticleSummary article, String text) {
    }

    private final ArticleQuery articles;
    private final ArticleImporter importer;
    private final ArticleEdits edits;
    private final CurrentAccount current;
    private final Intake intake;

    ArticleApi(ArticleQuery articles, ArticleImporter importer, ArticleEdits edits, CurrentAccount current, Intake intake) {
        this.intake = intake;
        this.articles = articles;
        this.importer = importer;
        this.edits = edits;
        this.current = current;
    }

    @GET
    @Transactional
    public PageJson<ArticleSummary> list(@RestQuery String page, @RestQuery String size) {
        int current = Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = Params.parseInt("size", size, ArticlePages.PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return new PageJson<>(articles.count(), current, pageSize, articles.page(current, pageSize));
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public Response article(@RestPath long id) {
        ArticleSummary summary = articles.require(id);
        Article article = Article.findById(id);
        return Response.ok(new ArticleJson(summary, article.text)).header(HttpHeaders.ETAG, summary.etag()).build();
    }

    /** The body of a JSON import: the text and whatever metadata the caller knows. */
    public record ImportJson(String text, String title, String outlet, String author, String published, String url,
                             String outletStance) {
    }

    /** What an import answers: where the article is, how many claims were drawn, and how the upload was read. */
    public record Imported(long id, String sha256, long claims, String format, String charset, Long repostOf) {
    }

    /**
     * Imports one article through the same importer as the seeds. Metadata not given is inferred from the text
     * where it states it. The same bytes again answer 409 with the stored article's location.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importJson(ImportJson body) {
        if (body == null || body.text() == null) {
            throw new Invalid("text", "Send the article's text: {text, title?, outlet?, author?, published?, url?, outletStance?}.");
        }
        return imported(intake.prepare(Upload.ofText(body.text()), new GivenFields(body.title(), body.outlet(), body.author(),
                body.published(), body.url(), body.outletStance()), "api"));
    }

    /**
     * A body that is the article itself: text/plain, text/html, text/markdown, or a file sent as it is (its bytes
     * decide what it is; a PDF or an image is refused with 415). Metadata comes as query parameters.
     */
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, "text/markdown", MediaType.APPLICATION_OCTET_STREAM, "*/*"})
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importBody(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @RestQuery String title, @RestQuery String outlet, @RestQuery String author,
                               @RestQuery String published, @RestQuery String url, @RestQuery String outletStance,
                               @RestQuery String filename) {
        return imported(intake.prepare(new Upload(body, contentType, filename),
                new GivenFields(title, outlet, author, published, url, outletStance), "api"));
    }

    /** A form upload: a {@code file} part (or a {@code text} field) with the metadata as fields. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importMultipart(@RestForm FileUpload file, @RestForm String text, @RestForm String title,
                                    @RestForm String outlet, @RestForm String author, @RestForm String published,
                                    @RestForm String url, @RestForm String outletStance) {
        return imported(intake.prepare(Uploads.of(file, text),
                new GivenFields(title, outlet, author, published, url, outletStance), "upload"));
    }

    private Response imported(Prepared prepared) {
        Article article = importer.importArticle(prepared.article(), current.id());
        long claims = importer.claimCount(article.id);
        return Response.created(URI.create(Urls.apiArticle(article.id)))
                .entity(new Imported(article.id, article.sha256, claims, prepared.format(), prepared.charset(),
                        importer.repostOf(article.id))).build();
    }

    /**
     * Changes the metadata fields present in the body (null or "" makes a field unknown). {@code If-Match} must
     * carry the ETag of the version the edit is based on: a stale one gets 409 and changes nothing.
     */
    @PATCH
    @Path(Urls.ID)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Role.EDITOR_NAME)
    public Response edit(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Map<String, Object> body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Response.status(428).entity(new ErrorMappers.ApiError("precondition required",
                    "Send If-Match with the ETag of GET /api/articles/" + id + ", so a stale edit cannot overwrite another.")).build();
        }
        if (body == null) {
            throw new Invalid("body", "Send a JSON object with the fields to change: " + ArticleEdits.FIELDS);
        }
        Map<String, String> changes = new HashMap<>();
        body.forEach((field, value) -> changes.put(field, value == null ? null : value.toString()));
        edits.edit(id, parseVersion(ifMatch), changes, current.get());
        ArticleSummary summary = articles.require(id);
        return Response.ok(summary).header(HttpHeaders.ETAG, summary.etag()).build();
    }

    private static int parseVersion(String etag) {
        try {
            return Integer.parseInt(etag.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new Invalid("If-Match", "If-Match must be an ETag from GET /api/articles/{id}, like \"3\".");
        }
    }
}
