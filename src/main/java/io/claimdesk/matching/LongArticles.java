package io.claimdesk.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The articles too long to link in one go, oldest first, each with the last claim id linked so far. The matcher
 * links one slice of the oldest at a time and goes back to the normal imports between slices, so an article of
 * 100,000 claims (minutes of scoring) cannot hold back the imports that come after it. Kept in memory and used by
 * the matcher's thread alone: after a restart a long article starts from its first slice again, and the relations
 * its earlier slices stored are not stored twice (pairs already stored are skipped).
 */
final class LongArticles {

    private final Map<Long, Long> linkedUpTo = new LinkedHashMap<>();

    /** Queues the article (once) to be linked slice by slice. */
    void add(long articleId) {
        linkedUpTo.putIfAbsent(articleId, 0L);
    }

    /** The oldest long article still to link, if any. */
    Optional<Long> oldest() {
        return linkedUpTo.keySet().stream().findFirst();
    }

    long linkedUpTo(long articleId) {
        return linkedUpTo.getOrDefault(articleId, 0L);
    }

    void linked(long articleId, long lastClaimId) {
        linkedUpTo.put(articleId, lastClaimId);
    }

    /** Done, or to start over (its claims changed, or every article is to be linked again). */
    void forget(long articleId) {
        linkedUpTo.remove(articleId);
    }

    void clear() {
        linkedUpTo.clear();
    }

    boolean isEmpty() {
        return linkedUpTo.isEmpty();
    }
}
