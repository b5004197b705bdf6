package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.account.Role;
import io.claimdesk.article.ArticlePageQuery;
import io.claimdesk.article.ArticleQuery;
import io.claimdesk.matching.RelatedClaim;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.article.ArticleText;
import io.claimdesk.review.QueueSpec;
import io.claimdesk.review.ReviewPanel;
import io.claimdesk.web.FormState;
import io.claimdesk.web.PreEncodedPage;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The claim list ({@code /}) and one claim's page ({@code /claims/{id}}). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClaimPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** Characters of article text shown on each side of a quote. */
    private static final int CONTEXT_CHARS = 280;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimListView view);

        /** The list's heading, filter form and summary: kept by {@link ListCache}. */
        static native TemplateInstance top(ClaimListTop top);

        /** The list's rows and paging links: kept by {@link ListCache}. */
        static native TemplateInstance rows(ClaimPage page, String clearUrl, String previousUrl, String nextUrl,
                                            boolean editor);

        static native TemplateInstance claim(ClaimView view);
    }

    private final ArticleQuery articles;
    private final ArticlePageQuery articleText;
    private final ReviewPanel panel;
    private final CurrentAccount current;
    private final EntityManager em;
    private final RelationQuery relations;
    private final ClaimdeskConfig config;
    private final ListCache listCache;

    ClaimPages(ArticleQuery articles, ArticlePageQuery articleText, ReviewPanel panel, CurrentAccount current,
               EntityManager em, RelationQuery relations, ClaimdeskConfig config, ListCache listCache) {
        this.listCache = listCache;
        this.relations = relations;
        this.articles = articles;
        this.articleText = articleText;
        this.panel = panel;
        this.current = current;
        this.em = em;
        this.config = config;
    }

    /** No transaction of its own: a kept page costs one read of the revision; one to be made reads in one. */
    @GET
    public Response list(@BeanParam ClaimFilterParams params) {
        ClaimFilter filter = params.toFilter(config);
        ListedClaims listed = listCache.get(filter, current.has(Role.EDITOR_NAME));
        String shell = Templates.list(new ClaimListView(listed,
                Stream.of("csv", "json", "jsonld", "html").map(f -> new ClaimListView.Link(f.toUpperCase(Locale.ROOT),
                        Urls.claimExport(filter, f), false)).toList(),
                Urls.filterQuery(filter))).render();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("top", listed.topHtml());
        parts.put("rows", listed.rowsHtml());
        return Response.ok(PreEncodedPage.assemble(shell, parts), HTML).build();
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance claim(@RestPath long id, @RestQuery String queue, @RestQuery String qtopic,
                                  @RestQuery String qoutlet, @RestQuery String done) {
        return render(id, QueueSpec.parse(queue, qtopic, qoutlet), FormState.empty(), FormState.empty(), done);
    }

    /**
     * The claim page, also with a refused form shown again (values kept, message beside the field). A fixed number of
     * statements whatever the numbers of relations, verdicts, comments and history entries: each is read by one.
     */
    @Transactional
    public TemplateInstance render(long id, QueueSpec queue, FormState verdictForm, FormState commentForm, String done) {
        RelationQuery.Around around = relations.around(id)
                .orElseThrow(() -> new NotFoundException("There is no claim " + id));
        ClaimRow row = around.claim();
        List<RelatedClaim> related = around.related();
        ArticleText text = ArticleText.of(articleText.text(row.articleId()));
        // An orphan's quote (and a dismissed orphan's) is not at its anchor: show the context it was last found in.
        boolean inText = text.slice(row.anchor().start(), row.anchor().end()).equals(row.anchor().exact());
        String before = inText ? text.beforeCodePoint(row.anchor().start(), CONTEXT_CHARS) : "…" + row.anchor().prefix();
        String after = inText ? text.afterCodePoint(row.anchor().end(), CONTEXT_CHARS) : row.anchor().suffix() + "…";
        return Templates.claim(new ClaimView(row, before, after, articles.require(row.articleId()),
                inText ? Urls.claimInArticle(row.articleId(), row.id()) : null,
                panel.view(id, row.status(), row.reviewersDisagree(), queue, verdictForm, commentForm, done,
                        RelationQuery.citable(related)),
                panel.nav(id, queue), setOptions(), related, relations.corroboration(row, related),
                current.has(Role.REVIEWER_NAME)));
    }

    /** The sets an editor may add the claim to (none for others, who may not). */
    private List<ClaimView.SetOption> setOptions() {
        if (!current.has(Role.EDITOR_NAME)) {
            return List.of();
        }
        return em.createQuery("select new io.claimdesk.claim.ClaimView$SetOption(s.id, s.name) from ClaimSet s order by s.name",
                ClaimView.SetOption.class).getResultList();
    }

}
