package io.claimdesk.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How far the desk has come: the newest article, history entry and relation. Every write a claim list or a claim's
 * page shows leaves one of them behind (an import stores an article; verdicts, comments, settlements, edits,
 * re-extractions, relation decisions and orphan decisions record history; the matcher stores relations), so a page
 * drawn at one revision is still right while the revision stands. One statement, three reads of a primary key's
 * last entry.
 */
@ApplicationScoped
public class DeskRevision {

    private final EntityManager em;

    DeskRevision(EntityManager em) {
        this.em = em;
    }

    public Revision current() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select (select max(id) from article), (select max(id) from history_entry), (select max(id) from claim_relation)")
                .getSingleResult();
        return new Revision(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The newest article's, history entry's and relation's ids (0 when there is none). */
    public record Revision(long lastArticle, long lastHistoryEntry, long lastRelation) {
    }
}
