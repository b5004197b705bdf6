package io.claimdesk.export;

import io.claimdesk.article.ArticleQuery;
import io.claimdesk.article.ArticleSummary;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.review.ReviewQuery;
import io.claimdesk.review.VerdictRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the claims of an export in id order, a batch at a time, each batch in its own short transaction:
 * four queries per batch (claims, topics, articles, verdicts) and never more than one batch in memory.
 */
@ApplicationScoped
public class ExportSource {

    static final int BATCH = 500;

    private final ClaimQuery claims;
    private final ArticleQuery articles;
    private final ReviewQuery reviews;

    ExportSource(ClaimQuery claims, ArticleQuery articles, ReviewQuery reviews) {
        this.claims = claims;
        this.articles = articles;
        this.reviews = reviews;
    }

    /** Hands every claim of the filter to the sink in id order; returns how many. */
    public long forEach(ClaimFilter filter, Consumer<ExportedClaim> sink) {
        long after = 0;
        long count = 0;
        while (true) {
            long from = after;
            List<ExportedClaim> batch = QuarkusTransaction.requiringNew().call(() -> batch(filter, from));
            batch.forEach(sink);
            count += batch.size();
            if (batch.size() < BATCH) {
                return count;
            }
            after = batch.get(batch.size() - 1).claim().id();
        }
    }

    private List<ExportedClaim> batch(ClaimFilter filter, long after) {
        List<ClaimRow> rows = claims.after(filter, after, BATCH);
        Set<Long> articleIds = rows.stream().map(ClaimRow::articleId).collect(Collectors.toSet());
        Map<Long, ArticleSummary> byArticle = articles.summaries(articleIds);
        Map<Long, List<VerdictRow>> verdicts = reviews.currentVerdicts(rows.stream().map(ClaimRow::id).toList());
        return rows.stream()
                .map(r -> new ExportedClaim(r, byArticle.get(r.articleId()), verdicts.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
