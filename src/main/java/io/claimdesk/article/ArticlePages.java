package io.claimdesk.article;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.extraction.Language;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.StaleVersion;
import io.claimdesk.history.History;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import io.claimdesk.failure.NotFound;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The article list ({@code /articles}) and one article's text with its claims marked ({@code /articles/{id}}). */
@Path(Urls.ARTICLES)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ArticlePages {

    static final int PAGE_SIZE = 50;

    /** The metadata form: the stored values or what was typed, the version it is based on, and any conflict. */
    public record EditView(ArticleSummary article, FormState form, int version, ArticleMetadata stored,
                           List<OutletStance> stances) {

        /** The languages an editor may give the article; changing it draws the claims again with its rules. */
        public List<Language> languages() {
            return List.of(Language.values());
        }

        /** The text fields of the form, in order. */
        public List<Field> fields() {
            return List.of(new Field("title", "Title", null), new Field("outlet", "Outlet", null),
                    new Field("author", "Author", null), new Field("published", "Published (YYYY-MM-DD)", "date"),
                    new Field("url", "Original URL", "url"));
        }
    }

    /** One input of the metadata form. */
    public record Field(String name, String label, String type) {
    }

    /**
     * The metadata form as sent: each field's text ("" makes it unknown) and the version the page showed. The values
     * are checked where every metadata edit is ({@link MetadataFields}, through {@link ArticleEdits}), all at once.
     */
    public record MetadataForm(@RestForm String title, @RestForm String outlet, @RestForm String author,
                               @RestForm String published, @RestForm String url, @RestForm String outletStance,
                               @RestForm String language, @RestForm int version) {

        Map<String, String> changes() {
            return MetadataFields.typed(title, outlet, author, published, url, outletStance, language);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ArticleListView view);

        static native TemplateInstance article(ArticleView view);

        static native TemplateInstance edit(EditView view);
    }

    private final ArticleQuery articles;
    private final ArticlePageQuery page;
    private final ClaimdeskConfig config;
    private final ArticleEdits edits;
    private final History history;
    private final CurrentAccount current;

    ArticlePages(ArticleQuery articles, ArticlePageQuery page, ClaimdeskConfig config, ArticleEdits edits,
                 History history, CurrentAccount current) {
        this.articles = articles;
        this.page = page;
        this.config = config;
        this.edits = edits;
        this.history = history;
        this.current = current;
    }

    @GET
    @Path(Urls.ID + Urls.EDIT)
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public TemplateInstance editForm(@RestPath long id) {
        ArticleSummary summary = articles.require(id);
        Map<String, String> values = MetadataFields.typed(summary.title(), summary.outlet(), summary.author(),
                summary.published() == null ? null : summary.published().toString(), summary.url(),
                summary.outletStance() == null ? null : summary.outletStance().name(), summary.language());
        return Templates.edit(new EditView(summary, new FormState(values, Map.of()), summary.version(), null,
                List.of(OutletStance.values())));
    }

    @POST
    @Path(Urls.ID + Urls.EDIT)
    @RolesAllowed(Roles.EDITOR)
    public Response edit(@RestPath long id, @BeanParam MetadataForm form) {
        Map<String, String> typed = form.changes();
        try {
            edits.edit(id, form.version(), typed, current.get());
        } catch (Invalid e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(editAgain(id, FormState.refused(e, typed), form.version(), null)).build();
        } catch (StaleVersion e) {
            return Response.status(Response.Status.CONFLICT).entity(editAgain(id,
                    new FormState(typed, Map.of("version", e.getMessage())), e.currentVersion,
                    (ArticleMetadata) e.current)).build();
        }
        return Response.seeOther(URI.create(Urls.article(id) + "?done=edited")).build();
    }

    @Transactional
    TemplateInstance editAgain(long id, FormState form, int version, ArticleMetadata stored) {
        return Templates.edit(new EditView(articles.require(id), form, version, stored, List.of(OutletStance.values())));
    }

    @GET
    @Transactional
    public TemplateInstance list(@RestQuery String page) {
        int current = Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / PAGE_SIZE);
        long total = articles.count();
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Templates.list(new ArticleListView(articles.page(current, PAGE_SIZE), total, current, totalPages,
                current > 1 ? Urls.articles(current - 1) : null,
                current < totalPages ? Urls.articles(current + 1) : null));
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public TemplateInstance article(@RestPath long id, @RestQuery String done, @RestQuery String part,
                                    @RestQuery String claim) {
        ArticleSummary summary = articles.require(id);
        ArticleText text = ArticleText.of(page.text(id));
        ArticleParts parts = ArticleParts.of(text, config.articlePartLength());
        Long claimId = Params.parseId("claim", claim);
        int shown = claimId == null ? Params.parseInt("part", part, 1, 1, parts.count())
                : page.start(id, claimId).map(parts::partOf).orElse(1);
        int from = parts.start(shown);
        int to = parts.end(shown);
        // A dismissed orphan's last anchor no longer holds its quote: marking it would mark other words.
        List<ArticleText.Marked> marked = page.placed(id, from, to).stream()
                .filter(c -> text.slice(c.start(), c.end()).equals(c.exact()))
                .map(c -> new ArticleText.Marked(c.claimId(), c.start(), Math.min(c.end(), to)))
                .toList();
        List<ArticleView.Orphan> orphans = page.orphans(id).stream()
                .map(c -> new ArticleView.Orphan(c.claimId(), c.exact(), Urls.claim(c.claimId())))
                .toList();
        List<ArticleView.PartLink> links = IntStream.rangeClosed(1, parts.count())
                .mapToObj(n -> new ArticleView.PartLink(n, Urls.articlePart(id, n), n == shown)).toList();
        return Templates.article(new ArticleView(summary, text.pieces(page.segments(id, from, to), marked, from, to),
                new ArticleView.PartNav(shown, parts.count(), marked.size(), links), page.furnitureBlocks(id), orphans,
                history.forArticle(id), done, snapshots(id)));
    }

    /** The article's fetches, without their bytes: the page names them, the link downloads one. */
    private static List<ArticleView.Snapshot> snapshots(long id) {
        List<Object[]> rows = ArticleSnapshot.getEntityManager().createQuery(
                "select s.fetchedAt, s.finalUrl, s.sha256, s.size from ArticleSnapshot s where s.article.id = ?1"
                        + " order by s.fetchedAt, s.id", Object[].class).setParameter(1, id).getResultList();
        return IntStream.range(0, rows.size()).mapToObj(i -> new ArticleView.Snapshot(i + 1,
                (java.time.Instant) rows.get(i)[0], (String) rows.get(i)[1], (String) rows.get(i)[2],
                (Integer) rows.get(i)[3], Urls.articleSnapshot(id, i + 1))).toList();
    }

    /**
     * The bytes of the article's n-th fetch exactly as the site sent them, as a file to save: never shown as a page of
     * the desk's origin (a fetched page is the outlet's markup, scripts included), hence the attachment, no sniffing
     * and a sandbox that gives it an origin of its own should a browser open it anyway.
     */
    @GET
    @Path(Urls.ID + Urls.SNAPSHOT)
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response snapshot(@RestPath long id, @RestPath int n) {
        ArticleSnapshot s = n < 1 ? null : ArticleSnapshot.<ArticleSnapshot>find(
                "article.id = ?1 order by fetchedAt, id", id).page(n - 1, 1).firstResult();
        if (s == null) {
            throw new NotFound("Article " + id + " has no snapshot " + n + ": its page lists the fetches it has.");
        }
        String type = s.contentType + (s.charset == null ? "" : "; charset=" + s.charset);
        String extension = s.contentType.contains("html") ? "html" : s.contentType.contains("markdown") ? "md" : "txt";
        return Response.ok(s.bytes(), type)
                .header("Content-Disposition", "attachment; filename=\"article-" + id + "-snapshot-" + n + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }
}
