package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.DeskTopics;
import io.claimdesk.article.Outlet;
import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.web.InterfaceLanguage;
import io.claimdesk.web.PreEncodedPage;
import io.claimdesk.web.Urls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.util.Arrays;
import java.util.List;

/**
 * Reads and renders the parts of a claim list page that are the same for every reader with the same filter and
 * rights. Depends on nothing of a request but its arguments, so {@link ListCache} can draw a page again in the
 * background while readers are still shown the kept one.
 */
@ApplicationScoped
public class ClaimListRenderer {

    static final String CLEAR_URL = Urls.HOME;

    private final ClaimQuery claims;
    private final ClaimdeskConfig config;

    ClaimListRenderer(ClaimQuery claims, ClaimdeskConfig config) {
        this.claims = claims;
        this.config = config;
    }

    /** In the caller's transaction when there is one, else in its own (a background refresh has neither). */
    @ActivateRequestContext
    public ListedClaims render(ClaimFilter filter, boolean editor, InterfaceLanguage language) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ClaimPage page = claims.page(filter);
            List<ClaimListView.Link> sorts = Arrays.stream(ClaimSort.values())
                    .map(s -> new ClaimListView.Link(s.label, url(filter.withSort(s)), s == filter.sort()))
                    .toList();
            String top = ClaimPages.Templates.top(new ClaimListTop(filter, page.total(), page.totalPages(),
                    Outlet.listByName().stream().map(o -> o.name).toList(), DeskTopics.ids(), List.of(ClaimStatus.values()),
                    List.of(ClaimStance.values()), List.of(OutletStance.values()), List.of(ClaimKind.values()),
                    chips(filter), sorts, CLEAR_URL)).setLocale(language.locale()).render();
            String rows = ClaimPages.Templates.rows(page, CLEAR_URL,
                    page.hasPrevious() ? url(filter.withPage(filter.page() - 1)) : null,
                    page.hasNext() ? url(page.next()) : null, editor).setLocale(language.locale()).render();
            return new ListedClaims(page.total(), PreEncodedPage.encode(top), PreEncodedPage.encode(rows));
        });
    }

    /** The filters set that the form has no control for, each with the first page of the list without it. */
    private List<ClaimListTop.Chip> chips(ClaimFilter filter) {
        return ClaimField.all().stream().filter(f -> f.use == ClaimField.Use.CHIP && f.param(filter) != null)
                .map(f -> new ClaimListTop.Chip(f.name, f.label, f.param(filter), url(filter.with(f, null).withPage(1))))
                .toList();
    }

    private String url(ClaimFilter filter) {
        return ClaimListUrls.list(filter, config.pageSize());
    }
}
