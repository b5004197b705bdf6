package io.claimdesk.claim;

import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;

import java.util.List;

/** The top of the claim list: the heading, the filter form with its choices, the count and the sort links. */
public record ClaimListTop(ClaimFilter filter, long total, int totalPages, List<String> outlets, List<String> topics,
                           List<ClaimStatus> statuses, List<ClaimStance> stances, List<OutletStance> outletStances,
                           List<ClaimKind> kinds,
                           List<ClaimListView.Link> sorts, String clearUrl) {
}
