package io.claimdesk.export;

import io.claimdesk.article.ArticleSummary;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.review.VerdictRow;

import java.util.List;

/** One claim with its full provenance, as every export format carries it. */
public record ExportedClaim(ClaimRow claim, ArticleSummary article, List<VerdictRow> verdicts) {
}
