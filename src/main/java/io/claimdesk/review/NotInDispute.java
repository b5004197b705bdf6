package io.claimdesk.review;

import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.failure.Conflict;

import java.util.Locale;

/**
 * Answered with 409: a settlement sent for a claim that is not in dispute ({@link Reviews#settleable}). The request
 * itself is sound and the editor may settle; it is the claim's present state that refuses it, and the same request
 * is taken once a reviewer contests the claim. The claim's page, drawn again, shows why the settle form is gone.
 */
public class NotInDispute extends Conflict {

    public NotInDispute(long claimId, ClaimStatus status) {
        super("Claim " + claimId + " is not in dispute (" + status.name().toLowerCase(Locale.ROOT)
                + "): an editor settles a claim that is contested or whose reviewers disagree.");
    }
}
