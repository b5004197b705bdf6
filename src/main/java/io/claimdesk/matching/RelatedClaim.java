package io.claimdesk.matching;

import io.claimdesk.claim.ClaimRow;
import io.claimdesk.extraction.Language;
import io.claimdesk.web.Urls;

import java.time.Instant;
import java.util.List;

/**
 * A relation as one claim's page shows it: the other claim, and how the two relate.
 *
 * @param foundHere whether the relation reads from this claim to the other (its detail lists this claim's value first)
 * @param language    the other claim's language (en, es, pt, und)
 * @param ownLanguage this claim's language
 */
public record RelatedClaim(long relationId, RelationType type, RelationState state, double score, String detail,
                           List<String> evidence, boolean foundHere, ClaimRow other, String decidedBy, Instant decidedAt,
                           String language, String ownLanguage) {

    /** The other claim's language when it is not this one's, else null. */
    public Language languageBadge() {
        return Language.shownBeside(ownLanguage, language);
    }

    public String decisionAction() {
        return Urls.relationDecision(relationId);
    }

    /** A confirmed relation offers no "Confirm" button again. */
    public boolean confirmed() {
        return state == RelationState.CONFIRMED;
    }

    public boolean rejected() {
        return state == RelationState.REJECTED;
    }

    public boolean open() {
        return state != RelationState.REJECTED;
    }

    /**
     * The differing values with this claim's first ("60 business people ≠ 120 members" seen from either claim),
     * whichever side found the relation; a contradiction's "denied ⇄ asserted" reads the same from both.
     */
    public String detailFromHere() {
        if (detail == null || foundHere || type != RelationType.CONFLICT) {
            return detail;
        }
        String prefix = detail.startsWith("order: ") ? "order: " : "";
        String body = detail.substring(prefix.length());
        int at = body.indexOf(" ≠ ");
        if (at < 0 || body.indexOf(" ≠ ", at + 1) >= 0) {
            return detail;
        }
        return prefix + body.substring(at + 3) + " ≠ " + body.substring(0, at);
    }
}
