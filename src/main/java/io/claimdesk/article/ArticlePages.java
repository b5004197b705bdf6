package io.claimdesk.article;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.account.Role;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.StaleVersion;
import io.claimdesk.history.History;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Params;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.HashMap;
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
    public record EditView(ArticleSummary article, Map<String, String> values, int version, Map<String, String> errors,
                           ArticleMetadata stored, List<OutletStance> stances) {

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
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public TemplateInstance editForm(@RestPath long id) {
        ArticleSummary summary = articles.require(id);
        Map<String, String> values = new HashMap<>();
        values.put("title", orEmpty(summary.title()));
        values.put("outlet", orEmpty(summary.outlet()));
        values.put("author", orEmpty(summary.author()));
        values.put("published", summary.published() == null ? "" : summary.published().toString());
        values.put("url", orEmpty(summary.url()));
        values.put("outletStance", summary.outletStance() == null ? "" : summary.outletStance().name());
        return Templates.edit(new EditView(summary, values, summary.version(), Map.of(), null, List.of(OutletStance.values())));
    }

    @POST
    @Path(Urls.ID + Urls.EDIT)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response edit(@RestPath long id, @RestForm String title, @RestForm String outlet, @RestForm String author,
                         @RestForm String published, @RestForm String url, @RestForm String outletStance,
                         @RestForm int version) {
        Map<String, String> typed = new HashMap<>();
        typed.put("title", orEmpty(title));
        typed.put("outlet", orEmpty(outlet));
        typed.put("author", orEmpty(author));
        typed.put("published", orEmpty(published));
        typed.put("url", orEmpty(url));
        typed.put("outletStance", orEmpty(outletStance));
        try {
            edits.edit(id, version, typed, current.get());
        } catch (Invalid e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(editAgain(id, typed, version, FormState.messages(e), null)).build();
        } catch (StaleVersion e) {
            return Response.status(Response.Status.CONFLICT).entity(editAgain(id, typed, e.currentVersion,
                    Map.of("version", e.getMessage()), (ArticleMetadata) e.current)).build();
        }
        return Response.seeOther(URI.create(Urls.article(id) + "?done=edited")).build();
    }

    @Transactional
    TemplateInstance editAgain(long id, Map<String, String> typed, int version, Map<String, String> errors,
                               ArticleMetadata stored) {
        return Templates.edit(new EditView(articles.require(id), typed, version, errors, stored,
                List.of(OutletStance.values())));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
                history.forArticle(id), done));
    }
}
