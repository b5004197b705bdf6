package io.claimdesk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/** Records changes in the caller's transaction, so a change and its record are stored together or not at all. */
@ApplicationScoped
public class History {

    private final ObjectMapper json;
    private final EntityManager em;

    History(ObjectMapper json, EntityManager em) {
        this.json = json;
        this.em = em;
    }

    /** What changed, by id: a claim (with its article), an article, or an account. */
    public record Subject(Long claimId, Long articleId, Long accountId) {
        public static Subject claim(long claimId, long articleId) {
            return new Subject(claimId, articleId, null);
        }

        public static Subject article(long articleId) {
            return new Subject(null, articleId, null);
        }

        public static Subject account(long accountId) {
            return new Subject(null, null, accountId);
        }

        /** A change to no single claim, article or account (a set, an export): the values say what. */
        public static Subject none() {
            return new Subject(null, null, null);
        }
    }

    /** Records a change by the account {@code actorId}; null for the system itself. */
    public void record(Long actorId, HistoryAction action, Subject subject, Object before, Object after) {
        HistoryEntry entry = new HistoryEntry();
        entry.at = Instant.now();
        entry.actorId = actorId;
        entry.action = action;
        entry.claimId = subject.claimId();
        entry.articleId = subject.articleId();
        entry.accountId = subject.accountId();
        entry.beforeValue = toJson(before);
        entry.afterValue = toJson(after);
        entry.persist();
    }

    public List<HistoryRow> forClaim(long claimId) {
        return em.createQuery(HistoryRow.SELECT + " where h.claimId = :id order by h.at, h.id", HistoryRow.class)
                .setParameter("id", claimId).getResultList();
    }

    public List<HistoryRow> forArticle(long articleId) {
        return em.createQuery(HistoryRow.SELECT + " where h.articleId = :id and h.claimId is null order by h.at, h.id",
                HistoryRow.class).setParameter("id", articleId).getResultList();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history values are plain records", e);
        }
    }
}
