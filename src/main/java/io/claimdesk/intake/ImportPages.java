package io.claimdesk.intake;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.article.Article;
import io.claimdesk.article.ImportPreview;
import io.claimdesk.article.MetadataFields;
import io.claimdesk.article.Outlet;
import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.Language;
import io.claimdesk.failure.Duplicate;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.TooLarge;
import io.claimdesk.failure.Unfetchable;
import io.claimdesk.failure.Unsupported;
import io.claimdesk.fetch.Fetched;
import io.claimdesk.fetch.PageFetcher;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The editors' import page: paste or upload, see what the desk makes of it (metadata with its evidence, the
 * claims it draws), correct, then save. Nothing is stored before "Save".
 */
@Path(Urls.ARTICLES)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ImportPages {

    /** The import form, empty, refused (values kept, message beside the field) or with a preview to confirm. */
    public record ImportView(FormState form, ImportPreview preview, String format, String charset, List<String> outlets,
                             List<OutletStance> stances, String duplicateUrl, FormState link, String linkRefused) {

        /** The languages an editor may state; none chosen means "detect automatically". */
        public List<Language> languages() {
            return List.of(Language.EN, Language.ES, Language.PT);
        }

        /** The id of the list of values the previewed page named for a field in ways that disagree; null if none. */
        public String candidates(String field) {
            List<?> named = preview == null ? null : switch (field) {
                case "author" -> preview.authorCandidates();
                case "published" -> preview.publishedCandidates();
                default -> null;
            };
            return named == null || named.isEmpty() ? null : field + "-candidates";
        }
    }

    /**
     * The import form: a file or pasted text, the metadata a person knows, and the step ({@code preview} or
     * {@code save}). The values are checked where every import's are ({@link Intake}), all at once.
     */
    public record ImportForm(@RestForm FileUpload file, @RestForm String text, @RestForm String title,
                             @RestForm String outlet, @RestForm String author, @RestForm String published,
                             @RestForm String url, @RestForm String outletStance, @RestForm String language,
                             @RestForm String step) {

        GivenFields given() {
            return new GivenFields(title, outlet, author, published, url, outletStance, language);
        }

        /** The file's name, or "form" for pasted text. */
        String source() {
            return file != null && file.size() > 0 ? file.fileName() : "form";
        }

        /** What a refused or previewed form shows again (a file cannot be put back into its input). */
        Map<String, String> typed() {
            Map<String, String> typed = MetadataFields.typed(title, outlet, author, published, url, outletStance, language);
            typed.put("text", orEmpty(text));
            return typed;
        }
    }

    /** The link form: the page's address alone; what it says about itself fills the metadata. */
    public record LinkForm(@RestForm String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ImportView view);
    }

    private final Intake intake;
    private final ArticleImporter importer;
    private final CurrentAccount current;
    private final PageFetcher fetcher;

    ImportPages(Intake intake, ArticleImporter importer, CurrentAccount current, PageFetcher fetcher) {
        this.intake = intake;
        this.importer = importer;
        this.current = current;
        this.fetcher = fetcher;
    }

    @GET
    @Path(Urls.NEW)
    @Transactional
    public TemplateInstance form() {
        return view(FormState.empty(), null, null, null, null);
    }

    /**
     * Fetches the link and imports the page, then opens the article (POST-redirect-GET). A refused link keeps the
     * form with the reason beside the field: a wrong address 400, a page the desk cannot use 422 with what to do about
     * it, a page stored already 409 with a link to it. Runs on a worker thread, where the fetcher may block.
     */
    @POST
    @Path(Urls.NEW + Urls.LINK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitLink(@BeanParam LinkForm form) {
        String typed = orEmpty(form.url());
        try {
            if (typed.isBlank()) {
                throw new Invalid("url", "Paste the article's link, like https://example.org/2024/03/story.");
            }
            Fetched page = fetcher.fetch(typed.strip());
            Prepared prepared = intake.prepareFetched(page, "link");
            Article article = importer.importFetched(prepared.article(), page, current.id());
            return Response.seeOther(URI.create(Urls.article(article.id) + "?done=imported")).build();
        } catch (Invalid e) {
            String message = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            return linkRefused(Response.Status.BAD_REQUEST.getStatusCode(), typed, message, null, null);
        } catch (Unfetchable e) {
            return linkRefused(422, typed, e.getMessage(), e.reason.error, null);
        } catch (Duplicate e) {
            return linkRefused(Response.Status.CONFLICT.getStatusCode(), typed, e.getMessage(), null,
                    Urls.article(e.existingId));
        }
    }

    private Response linkRefused(int status, String typed, String message, String reason, String duplicateUrl) {
        FormState link = new FormState(Map.of("link", typed), Map.of("link", message));
        return Response.status(status).entity(view(FormState.empty(), null, null, null, duplicateUrl, link, reason)
                .render()).build();
    }

    /** {@code step=preview} shows what would be stored; {@code step=save} stores it and opens the article. */
    @POST
    @Path(Urls.NEW)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@BeanParam ImportForm form) {
        Map<String, String> typed = form.typed();
        try {
            Prepared prepared = intake.prepare(Uploads.of(form.file(), form.text()), form.given(), form.source());
            if (!"save".equals(form.step())) {
                typed.put("text", prepared.article().text());
                ImportPreview preview = importer.preview(prepared.article());
                return Response.ok(render(new FormState(typed, Map.of()), preview, prepared.format(), prepared.charset(), null)).build();
            }
            Article article = importer.importArticle(prepared.article(), current.id());
            return Response.seeOther(URI.create(Urls.article(article.id) + "?done=imported")).build();
        } catch (Invalid e) {
            return refused(Response.Status.BAD_REQUEST, FormState.refused(e, typed), null);
        } catch (Unsupported e) {
            return refused(Response.Status.UNSUPPORTED_MEDIA_TYPE, new FormState(typed, Map.of("file", e.getMessage())), null);
        } catch (TooLarge e) {
            return refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, new FormState(typed, Map.of("file", e.getMessage())), null);
        } catch (Duplicate e) {
            return refused(Response.Status.CONFLICT, new FormState(typed, Map.of("text", e.getMessage())), Urls.article(e.existingId));
        }
    }

    private Response refused(Response.Status status, FormState form, String duplicateUrl) {
        return Response.status(status).entity(render(form, null, null, null, duplicateUrl)).build();
    }

    /** Rendered here, not by the framework, so the answer can carry the refusal's status. */
    private String render(FormState form, ImportPreview preview, String format, String charset, String duplicateUrl) {
        return view(form, preview, format, charset, duplicateUrl).render();
    }

    private TemplateInstance view(FormState form, ImportPreview preview, String format, String charset, String duplicateUrl) {
        return view(form, preview, format, charset, duplicateUrl, FormState.empty(), null);
    }

    private TemplateInstance view(FormState form, ImportPreview preview, String format, String charset,
                                  String duplicateUrl, FormState link, String linkRefused) {
        return Templates.form(new ImportView(form, preview, format, charset,
                Outlet.listByName().stream().map(o -> o.name).toList(), List.of(OutletStance.values()), duplicateUrl,
                link, linkRefused));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
