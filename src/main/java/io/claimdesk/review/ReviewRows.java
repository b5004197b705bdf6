package io.claimdesk.review;

/** Rows for what was just written, built from the entities still in hand (no second read). */
final class ReviewRows {

    private ReviewRows() {
    }

    static VerdictRow of(Verdict v) {
        return new VerdictRow(v.id, v.claim.id, v.reviewer.username, v.verdict, v.rationale, v.evidence, v.attribution,
                v.settlement, v.current, v.createdAt);
    }

    static CommentRow of(ClaimComment c) {
        return new CommentRow(c.id, c.parent == null ? null : c.parent.id, c.author.username, c.body, c.deleted,
                c.createdAt, c.editedAt);
    }
}
