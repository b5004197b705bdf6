package io.claimdesk.claim;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders the claim list offers; each ends on the id so paging is stable. */
public enum ClaimSort {
    NEWEST("newest", "Newest first", "c.published desc nulls last, c.id desc"),
    OLDEST("oldest", "Oldest first", "c.published asc nulls last, c.id asc"),
    OUTLET("outlet", "Outlet A–Z", "o.name asc nulls last, c.published desc nulls last, c.id desc"),
    /** The review queue's order: claims in the order they came in, so "next" is always a later id. */
    QUEUE("queue", "Queue order", "c.id asc");

    public final String param;
    public final String label;
    final String orderBy;

    ClaimSort(String param, String label, String orderBy) {
        this.param = param;
        this.label = label;
        this.orderBy = orderBy;
    }

    static ClaimSort fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equalsIgnoreCase(value)).findFirst().orElse(null);
    }

    static String allowed() {
        return Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "));
    }
}
