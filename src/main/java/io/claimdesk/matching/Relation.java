package io.claimdesk.matching;

import java.util.List;

/**
 * A found link from claim {@code from} to claim {@code to} of a different article; a suggestion until a
 * reviewer confirms or rejects it.
 *
 * @param detail   the differing values side by side ("60 business people ≠ 120 members"), or null
 * @param evidence what the two claims share: entities, numbers, dates, key terms
 */
public record Relation(long from, long to, RelationType type, double score, String detail, List<String> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
    }
}
