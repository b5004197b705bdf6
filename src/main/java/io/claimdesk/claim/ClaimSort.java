package io.claimdesk.claim;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders the claim list offers; each ends on the id so paging is stable. The date orders and the queue order
 * page by keyset (where the last page ended) — see {@link ClaimQuery}; the outlet order pages by offset.
 */
public enum ClaimSort {
    NEWEST("newest", "Newest first", "c.published desc nulls last, c.id desc", Keyset.DATE_DESCENDING),
    OLDEST("oldest", "Oldest first", "c.published asc nulls last, c.id asc", Keyset.DATE_ASCENDING),
    OUTLET("outlet", "Outlet A–Z", "o.name asc nulls last, c.published desc nulls last, c.id desc", Keyset.NONE),
    /** The review queue's order: claims in the order they came in, so "next" is always a later id. */
    QUEUE("queue", "Queue order", "c.id asc", Keyset.ID_ASCENDING);

    public final String param;
    public final String label;
    final String orderBy;
    final Keyset keyset;

    ClaimSort(String param, String label, String orderBy, Keyset keyset) {
        this.param = param;
        this.label = label;
        this.orderBy = orderBy;
        this.keyset = keyset;
    }

    static ClaimSort fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equalsIgnoreCase(value)).findFirst().orElse(null);
    }

    static String allowed() {
        return Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "));
    }

    /** How a sort continues from a cursor. */
    enum Keyset {
        /** Dated claims newest first, then the undated ones, newest id first. */
        DATE_DESCENDING("<", "desc"),
        /** Dated claims oldest first, then the undated ones, oldest id first. */
        DATE_ASCENDING(">", "asc"),
        ID_ASCENDING(">", "asc"),
        NONE("", "");

        /** The comparison that selects rows after the cursor, and the direction of both keys. */
        final String beyond;
        final String direction;

        Keyset(String beyond, String direction) {
            this.beyond = beyond;
            this.direction = direction;
        }
    }
}
