package io.claimdesk.reextraction;

/**
 * What one re-extraction did to an article's claims. The first four count claims reviewers had touched; the
 * others were replaced by the new run.
 *
 * @param kept       same quote, same place
 * @param reanchored same quote found at another place
 * @param fuzzy      matched to a reworded quote
 * @param orphaned   not found in the text: kept and marked orphaned
 * @param removed    untouched claims deleted
 * @param added      claims of the new run stored as new, unreviewed claims
 */
public record ReextractionSummary(long articleId, int kept, int reanchored, int fuzzy, int orphaned, int removed,
                                  int added) {
}
