package io.claimdesk.history;

import java.time.Instant;

/** A history entry as pages and the API show it. */
public record HistoryRow(Instant at, String actor, HistoryAction action, String before, String after) {

    static final String SELECT = """
            select new io.claimdesk.history.HistoryRow(h.at, a.username, h.action, h.beforeValue, h.afterValue)
            from HistoryEntry h left join h.actor a
            """;
}
