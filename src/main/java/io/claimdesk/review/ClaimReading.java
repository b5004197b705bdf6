package io.claimdesk.review;

import io.claimdesk.article.ArticleSummary;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.matching.Corroboration;
import io.claimdesk.matching.RelatedClaim;

import java.util.List;

/**
 * What a claim's page shows that is the same for every reader: the claim with its context, its article, its related
 * claims and their corroboration, its verdicts, comments and history. Kept by {@link ClaimReadings}.
 *
 * @param placeInArticleUrl where the quote stands in its article; null when it is no longer at its anchor
 */
record ClaimReading(ClaimRow claim, String before, String after, ArticleSummary article, String placeInArticleUrl,
                    List<RelatedClaim> related, Corroboration corroboration, ReviewPanel.Reading review) {
}
