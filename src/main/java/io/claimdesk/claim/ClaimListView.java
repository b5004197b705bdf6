package io.claimdesk.claim;

import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;

import java.util.List;

/** Everything the claim list page shows: the rows, the filter form's choices, sort and paging links. */
public record ClaimListView(ClaimPage page, List<String> outlets, List<String> topics, List<ClaimStatus> statuses,
                            List<ClaimStance> stances, List<OutletStance> outletStances, List<ClaimKind> kinds, List<Link> sorts, String previousUrl, String nextUrl,
                            String clearUrl, List<Link> exports, String filterQuery) {

    public ClaimFilter filter() {
        return page.filter();
    }

    /** A link with its label, marked when it is the page being shown. */
    public record Link(String label, String url, boolean current) {
    }
}
