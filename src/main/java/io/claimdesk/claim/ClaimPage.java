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
        return filter.page() < totalPages() && !rows.isEmpty();
    }

    /** The filter for the next page: from this page's last row where the order pages by keyset, else by number. */
    public ClaimFilter next() {
        return filter.sort().keyset == ClaimSort.Keyset.NONE ? filter.withPage(filter.page() + 1)
                : filter.next(ClaimCursor.of(rows.get(rows.size() - 1)));
    }
}
