package io.claimdesk.review;

import io.claimdesk.article.ArticleSummary;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.matching.Corroboration;
import io.claimdesk.matching.RelatedClaim;

import java.util.List;

/**
 * One claim's page: the claim, the words around its quote, its article, its review, its place in a queue, and
 * the claims of other outlets it relates to. {@code placeInArticleUrl} is null when the quote is not at its anchor
 * (an orphan).
 */
public record ClaimView(ClaimRow claim, String before, String after, ArticleSummary article, String placeInArticleUrl,
                        ReviewView review, QueueNav queue, List<SetOption> sets, List<RelatedClaim> relations,
                        Corroboration corroboration, boolean canDecideRelations) {

    public List<RelatedClaim> openRelations() {
        return relations.stream().filter(RelatedClaim::open).toList();
    }

    public List<RelatedClaim> rejectedRelations() {
        return relations.stream().filter(RelatedClaim::rejected).toList();
    }

    /** A claim set an editor can add this claim to. */
    public record SetOption(long id, String name) {
    }
}
