package io.claimdesk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.account.Account;
import io.claimdesk.article.Article;
import io.claimdesk.claim.Claim;
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

    /** What changed, and on what: at most one of claim, article and account is usually set. */
    public record Subject(Claim claim, Article article, Account account) {
        public static Subject claim(Claim claim) {
            return new Subject(claim, claim.article, null);
        }

        public static Subject article(Article article) {
            return new Subject(null, article, null);
        }

        public static Subject account(Account account) {
            return new Subject(null, null, account);
        }

        /** A change to no single claim, article or account (a set, an export): the values say what. */
        public static Subject none() {
            return new Subject(null, null, null);
        }
    }

    public void record(Account actor, HistoryAction action, Subject subject, Object before, Object after) {
        HistoryEntry entry = new HistoryEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.claim = subject.claim();
        entry.article = subject.article();
        entry.account = subject.account();
        entry.beforeValue = toJson(before);
        entry.afterValue = toJson(after);
        entry.persist();
    }

    public List<HistoryRow> forClaim(long claimId) {
        return em.createQuery(HistoryRow.SELECT + " where h.claim.id = :id order by h.at, h.id", HistoryRow.class)
                .setParameter("id", claimId).getResultList();
    }

    public List<HistoryRow> forArticle(long articleId) {
        return em.createQuery(HistoryRow.SELECT + " where h.article.id = :id and h.claim is null order by h.at, h.id",
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
