package io.claimdesk.history;

import java.time.Instant;

/** A history entry as pages and the API show it. */
public record HistoryRow(long id, Instant at, String actor, HistoryAction action, Long claimId, Long articleId,
                         String before, String after) {

    static final String SELECT = """
            select new io.claimdesk.history.HistoryRow(h.id, h.at, a.username, h.action, h.claimId, h.articleId,
                   h.beforeValue, h.afterValue)
            from HistoryEntry h left join Account a on a.id = h.actorId
            """;
}
