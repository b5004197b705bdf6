package io.claimdesk.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How far the desk has come: the newest article and the newest history entry. Every write a claim list shows leaves
 * one of them behind (an import stores an article; verdicts, settlements, edits, re-extractions and orphan decisions
 * record history), so a list rendered at one revision is still right while the revision stands. One statement, two
 * reads of a primary key's last entry.
 */
@ApplicationScoped
public class DeskRevision {

    private final EntityManager em;

    DeskRevision(EntityManager em) {
        this.em = em;
    }

    public Revision current() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select (select max(id) from article), (select max(id) from history_entry)").getSingleResult();
        return new Revision(number(row[0]), number(row[1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The newest article's id and the newest history entry's id (0 when there is none). */
    public record Revision(long lastArticle, long lastHistoryEntry) {
    }
}
