package io.claimdesk.claim;

import java.util.List;

/** One page of the claim list with the total count of claims matching the filter. */
public record ClaimPage(List<ClaimRow> rows, long total, ClaimFilter filter) {

    public int totalPages() {
        return (int) Math.max(1, (total + filter.size() - 1) / filter.size());
    }

    public boolean hasPrevious() {
        return filter.page() > 1;
    }

    public boolean hasNext() {
        return filter.page() < totalPages();
    }
}
