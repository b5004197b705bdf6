package io.claimdesk.matching;

import io.claimdesk.claim.ClaimRow;

import java.time.Instant;
import java.util.List;

/**
 * One page of the open conflicts and contradictions, newest found first.
 *
 * @param total     open conflicts and contradictions in the whole corpus
 * @param nextBefore the keyset of the next page, or null on the last page
 */
public record ConflictPage(List<Conflict> conflicts, long total, Long nextBefore) {

    /** A relation with both its claims; the detail reads from {@code from} to {@code to}. */
    public record Conflict(long id, RelationType type, RelationState state, double score, String detail,
                           List<String> evidence, Instant foundAt, ClaimRow from, ClaimRow to) {
    }
}
