package io.claimdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * The reads of one part of an article's page, each one statement on the (article, start) indexes: however many
 * claims the article has, a page reads the claims and segments of the part it shows.
 */
@ApplicationScoped
public class ArticlePageQuery {

    private final EntityManager em;

    ArticlePageQuery(EntityManager em) {
        this.em = em;
    }

    /** A claim's quote where it starts in the text. */
    public record Quote(long claimId, int start, int end, String exact) {
    }

    public String text(long articleId) {
        return em.createQuery("select a.text from Article a where a.id = :id", String.class)
                .setParameter("id", articleId).getSingleResult();
    }

    /** The segments that overlap {@code [from, to)}, in text order. */
    public List<ArticleSegment> segments(long articleId, int from, int to) {
        return em.createQuery("""
                        select s from ArticleSegment s where s.article.id = :id and s.start < :to and s.end > :from
                        order by s.start""", ArticleSegment.class)
                .setParameter("id", articleId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public long furnitureBlocks(long articleId) {
        return em.createQuery("select count(s) from ArticleSegment s where s.article.id = :id and s.furniture = true",
                Long.class).setParameter("id", articleId).getSingleResult();
    }

    /**
     * The claims placed in the text (not orphaned) that start in {@code [from, to)}: a claim belongs to the part it
     * starts in.
     */
    public List<Quote> placed(long articleId, int from, int to) {
        return em.createQuery("""
                        select new io.claimdesk.article.ArticlePageQuery$Quote(c.id, c.start, c.end, c.exact)
                        from Claim c where c.article.id = :id and c.start >= :from and c.start < :to
                          and c.orphaned = false order by c.start, c.id""", Quote.class)
                .setParameter("id", articleId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The claims a re-extraction could not place again (also once dismissed: their last anchor may mark other words). */
    public List<Quote> orphans(long articleId) {
        return em.createQuery("""
                        select new io.claimdesk.article.ArticlePageQuery$Quote(c.id, c.start, c.end, c.exact)
                        from Claim c where c.article.id = :id and c.orphaned = true order by c.start, c.id""", Quote.class)
                .setParameter("id", articleId).getResultList();
    }

    /** Where the claim starts, if it is a claim of this article. */
    public Optional<Integer> start(long articleId, long claimId) {
        return em.createQuery("select c.start from Claim c where c.id = :claim and c.article.id = :id", Integer.class)
                .setParameter("claim", claimId).setParameter("id", articleId).getResultStream().findFirst();
    }
}
