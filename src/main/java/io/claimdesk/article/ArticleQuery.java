package io.claimdesk.article;

import io.claimdesk.failure.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** Reads article metadata for lists and pages: one projection query per page plus its count. */
@ApplicationScoped
public class ArticleQuery {

    private final EntityManager em;

    ArticleQuery(EntityManager em) {
        this.em = em;
    }

    public List<ArticleSummary> page(int page, int size) {
        return em.createQuery(ArticleSummary.SELECT + " order by a.published desc nulls last, a.id desc",
                        ArticleSummary.class)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return Article.count();
    }

    /** The article's summary, or a 404 naming the id. */
    public ArticleSummary require(long id) {
        return summary(id).orElseThrow(() -> new NotFound("There is no article " + id));
    }

    /** Many articles' metadata in one query, by id. */
    public Map<Long, ArticleSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(ArticleSummary.SELECT + " where a.id in :ids", ArticleSummary.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ArticleSummary::id, a -> a));
    }

    public Optional<ArticleSummary> summary(long id) {
        return em.createQuery(ArticleSummary.SELECT + " where a.id = :id", ArticleSummary.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
