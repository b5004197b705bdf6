package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.account.Role;
import io.claimdesk.matching.RelationQuery;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The claim list ({@code /}) and one claim's page ({@code /claims/{id}}). */
@Path(Urls.HOME)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClaimPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

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

    private final ClaimReadings readings;
    private final ReviewPanel panel;
    private final CurrentAccount current;
    private final EntityManager em;
    private final ClaimdeskConfig config;
    private final ListCache listCache;

    ClaimPages(ClaimReadings readings, ReviewPanel panel, CurrentAccount current, EntityManager em,
               ClaimdeskConfig config, ListCache listCache) {
        this.listCache = listCache;
        this.readings = readings;
        this.panel = panel;
        this.current = current;
        this.em = em;
        this.config = config;
    }

    /** No transaction of its own: a kept page costs one read of the revision; one to be made reads in one. */
    @GET
    public Response list(@Context UriInfo request) {
        ClaimFilter filter = ClaimFilterParams.ofQuery(request.getQueryParameters()).toFilter(config);
        ListedClaims listed = listCache.get(filter, current.has(Role.EDITOR_NAME));
        String shell = Templates.list(new ClaimListView(listed,
                Stream.of("csv", "json", "jsonld", "html").map(f -> new ClaimListView.Link(f.toUpperCase(Locale.ROOT),
                        ClaimListUrls.export(filter, f), false)).toList(),
                ClaimListUrls.filterQuery(filter))).render();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("top", listed.topHtml());
        parts.put("rows", listed.rowsHtml());
        return Response.ok(PreEncodedPage.assemble(shell, parts), HTML).build();
    }

    @GET
    @Path(Urls.CLAIMS + Urls.ID)
    public TemplateInstance claim(@RestPath long id, @RestQuery String queue, @RestQuery String qtopic,
                                  @RestQuery String qoutlet, @RestQuery String done) {
        return render(id, QueueSpec.parse(queue, qtopic, qoutlet), FormState.empty(), FormState.empty(), done);
    }

    /**
     * The claim page, also with a refused form shown again (values kept, message beside the field). What every reader
     * sees is read by {@link ClaimReadings} (kept while the desk stands still); what is this reader's is added here.
     */
    @Transactional
    public TemplateInstance render(long id, QueueSpec queue, FormState verdictForm, FormState commentForm, String done) {
        ClaimReading read = readings.read(id);
        ClaimRow row = read.claim();
        return Templates.claim(new ClaimView(row, read.before(), read.after(), read.article(), read.placeInArticleUrl(),
                panel.view(read.review(), row.status(), row.reviewersDisagree(), queue, verdictForm, commentForm, done,
                        RelationQuery.citable(read.related())),
                panel.nav(id, queue), setOptions(), read.related(), read.corroboration(),
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
