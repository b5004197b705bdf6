package io.claimdesk.matching;

import java.time.Instant;
import java.util.List;

/**
 * A claim's relation in {@code GET /api/claims/{id}}: the other claim and how the two relate, seen from this one;
 * {@code language} is the other claim's (en, es, pt, und).
 */
public record RelatedClaimJson(long id, long claimId, RelationType type, RelationState state, double score, String detail,
                               List<String> evidence, long articleId, String outlet, String text, String language,
                               String decidedBy, Instant decidedAt) {

    public static RelatedClaimJson of(RelatedClaim r) {
        return new RelatedClaimJson(r.relationId(), r.other().id(), r.type(), r.state(), r.score(), r.detailFromHere(),
                r.evidence(), r.other().articleId(), r.other().outlet(), r.other().text(), r.language(), r.decidedBy(),
                r.decidedAt());
    }
}
