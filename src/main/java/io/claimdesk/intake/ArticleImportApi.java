package io.claimdesk.intake;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.article.Article;
import io.claimdesk.failure.Invalid;
import io.claimdesk.fetch.Fetched;
import io.claimdesk.fetch.PageFetcher;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

/** Importing an article through the API, whichever way its text comes: JSON, the body itself, or a form upload. */
@Path(Urls.API + Urls.ARTICLES)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ArticleImportApi {

    private final ArticleImporter importer;
    private final CurrentAccount current;
    private final Intake intake;
    private final PageFetcher fetcher;

    ArticleImportApi(ArticleImporter importer, CurrentAccount current, Intake intake, PageFetcher fetcher) {
        this.importer = importer;
        this.current = current;
        this.intake = intake;
        this.fetcher = fetcher;
    }

    /** The body of a JSON import: the text and whatever metadata the caller knows. */
    public record ImportJson(String text, String title, String outlet, String author, String published, String url,
                             String outletStance, String language) {
    }

    /** What an import answers: where the article is, how many claims were drawn, and how the upload was read. */
    public record Imported(long id, String sha256, long claims, String format, String charset, Long repostOf,
                           String language) {
    }

    /**
     * Imports one article through the same importer as the seeds. Metadata not given is inferred from the text
     * where it states it. The same bytes again answer 409 with the stored article's location.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Response importJson(ImportJson body) {
        if (body != null && body.text() == null && body.url() != null) {
            return fetched(body.url());
        }
        if (body == null || body.text() == null) {
            throw new Invalid("text", "Send the article's text: {text, title?, outlet?, author?, published?, url?, outletStance?, language?},"
                    + " or its link alone: {url}.");
        }
        return imported(intake.prepare(Upload.ofText(body.text()), new GivenFields(body.title(), body.outlet(), body.author(),
                body.published(), body.url(), body.outletStance(), body.language()), "api"));
    }

    /**
     * A body that is the article itself: text/plain, text/html, text/markdown, or a file sent as it is (its bytes
     * decide what it is; a PDF or an image is refused with 415). Metadata comes as query parameters.
     */
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, "text/markdown", MediaType.APPLICATION_OCTET_STREAM, "*/*"})
    @RolesAllowed(Roles.EDITOR)
    public Response importBody(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @RestQuery String title, @RestQuery String outlet, @RestQuery String author,
                               @RestQuery String published, @RestQuery String url, @RestQuery String outletStance,
                               @RestQuery String language, @RestQuery String filename) {
        return imported(intake.prepare(new Upload(body, contentType, filename),
                new GivenFields(title, outlet, author, published, url, outletStance, language), "api"));
    }

    /** A form upload: a {@code file} part (or a {@code text} field) with the metadata as fields. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.EDITOR)
    public Response importMultipart(@RestForm FileUpload file, @RestForm String text, @RestForm String title,
                                    @RestForm String outlet, @RestForm String author, @RestForm String published,
                                    @RestForm String url, @RestForm String outletStance, @RestForm String language) {
        return imported(intake.prepare(Uploads.of(file, text),
                new GivenFields(title, outlet, author, published, url, outletStance, language), "upload"));
    }

    /**
     * The page behind the link, read like an uploaded file of its type, with what the page says about itself. A link
     * the fetcher refuses answers 422 (400 when it is no link) and nothing is stored. This method runs on a worker
     * thread (it returns no reactive type), where the fetcher may block.
     */
    private Response fetched(String url) {
        Fetched page = fetcher.fetch(url);
        Prepared prepared = intake.prepareFetched(page, "link");
        Article article = importer.importFetched(prepared.article(), page, current.id());
        return created(prepared, article);
    }

    private Response imported(Prepared prepared) {
        return created(prepared, importer.importArticle(prepared.article(), current.id()));
    }

    private Response created(Prepared prepared, Article article) {
        long claims = importer.claimCount(article.id);
        return Response.created(URI.create(Urls.apiArticle(article.id)))
                .entity(new Imported(article.id, article.sha256, claims, prepared.format(), prepared.charset(),
                        importer.repostOf(article.id), article.language)).build();
    }

}
