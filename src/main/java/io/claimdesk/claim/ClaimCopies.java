package io.claimdesk.claim;

import io.claimdesk.article.ArticleMetadataEdited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Claims keep copies of their article's outlet, date and language, so the list filters and sorts by them without a join; an
 * editor's change to the article carries over to its claims in the same transaction (a synchronous observer).
 */
@ApplicationScoped
class ClaimCopies {

    void onArticleEdited(@Observes ArticleMetadataEdited edited) {
        Claim.update("outlet = ?1, published = ?2, language = ?3 where article = ?4", edited.article().outlet,
                edited.article().published, edited.article().language, edited.article());
    }
}
