package io.claimdesk.matching;

import io.claimdesk.claim.ClaimRow;
import io.claimdesk.extraction.Language;

import java.time.Instant;
import java.util.List;

/**
 * One page of the open conflicts and contradictions, strongest first.
 *
 * @param total      open conflicts and contradictions shown in the whole corpus (confirmed ones, and suggestions
 *                   scored at or above the threshold)
 * @param hidden     open suggestions scored below the threshold, not shown
 * @param threshold  the score under which suggestions are hidden, set by editors
 * @param nextBefore where the next page starts ({@code score_id}), or null on the last page
 */
public record ConflictPage(List<Conflict> conflicts, long total, long hidden, double threshold, String nextBefore) {

    /** A relation with both its claims and their languages; the detail reads from {@code from} to {@code to}. */
    public record Conflict(long id, RelationType type, RelationState state, double score, String detail,
                           List<String> evidence, Instant foundAt, ClaimRow from, ClaimRow to, String fromLanguage,
                           String toLanguage) {

        /** The languages of the two claims, each badged only when they differ. */
        public Language fromBadge() {
            return Language.shownBeside(toLanguage, fromLanguage);
        }

        public Language toBadge() {
            return Language.shownBeside(fromLanguage, toLanguage);
        }
    }
}
