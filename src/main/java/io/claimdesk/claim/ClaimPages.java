package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.web.PreEncodedPage;
import io.claimdesk.web.PageLanguage;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The claim list ({@code /}); one claim's page is review's {@code ClaimReviewPages}. */
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
    }

    private final CurrentAccount current;
    private final ClaimdeskConfig config;
    private final ListCache listCache;
    private final PageLanguage language;

    ClaimPages(CurrentAccount current, ClaimdeskConfig config, ListCache listCache, PageLanguage language) {
        this.listCache = listCache;
        this.language = language;
        this.current = current;
        this.config = config;
    }

    /** No transaction of its own: a kept page costs one read of the revision; one to be made reads in one. */
    @GET
    public Response list(@Context UriInfo request) {
        ClaimFilter filter = ClaimFilterParams.ofQuery(request.getQueryParameters()).toFilter(config);
        ListedClaims listed = listCache.get(filter, current.has(Roles.EDITOR), language.current());
        String shell = Templates.list(new ClaimListView(listed,
                Stream.of("csv", "json", "jsonld", "html").map(f -> new ClaimListView.Link(f.toUpperCase(Locale.ROOT),
                        ClaimListUrls.export(filter, f), false)).toList(),
                ClaimListUrls.filterQuery(filter))).render();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("top", listed.topHtml());
        parts.put("rows", listed.rowsHtml());
        return Response.ok(PreEncodedPage.assemble(shell, parts), HTML).build();
    }
}
