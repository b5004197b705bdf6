package io.claimdesk.article;

import java.util.List;

/**
 * Fired inside a re-extraction's transaction; observers that act after the commit use
 * {@code TransactionPhase.AFTER_SUCCESS}.
 *
 * @param removedClaimIds claims deleted with the old run, which must leave anything that still holds them
 * @param linkNow         link the article to the corpus right after the commit; false during a whole-corpus run,
 *                        which links once at its end instead of matching while it still deletes claims
 */
public record ArticleReextracted(long articleId, List<Long> removedClaimIds, boolean linkNow) {

    public ArticleReextracted {
        removedClaimIds = List.copyOf(removedClaimIds);
    }
}
