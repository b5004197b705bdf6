package io.claimdesk.review;

import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.history.HistoryRow;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Urls;

import java.util.List;

/**
 * The review part of a claim's page: where it stands, every verdict, the discussion, the history, and the forms
 * the signed-in person may use (with the confirmed related claims a verdict can cite). Rendered in the page and, after an htmx submit, on its own.
 */
public record ReviewView(long claimId, ClaimStatus status, boolean reviewersDisagree, long corroborating,
                         long contesting, List<VerdictRow> verdicts, List<CommentRow> comments, List<HistoryRow> history,
                         boolean canReview, boolean canSettle, String me, String actionQuery, FormState verdictForm,
                         FormState commentForm, String done, List<RelationQuery.Citable> citable) {

    /** Whether the settle form is offered: the reader is an editor and the claim is {@link Reviews#settleable}. */
    public boolean canSettleNow() {
        return canSettle && Reviews.settleable(status, reviewersDisagree);
    }

    public String verdictAction() {
        return Urls.verdicts(claimId) + actionQuery;
    }

    public String settleAction() {
        return Urls.settlement(claimId) + actionQuery;
    }

    public String commentAction() {
        return Urls.comments(claimId) + actionQuery;
    }

    public List<VerdictRow> currentVerdicts() {
        return verdicts.stream().filter(v -> v.current() && !v.settlement()).toList();
    }

    public List<VerdictRow> supersededVerdicts() {
        return verdicts.stream().filter(v -> !v.current()).toList();
    }

    public VerdictRow settlement() {
        return verdicts.stream().filter(v -> v.current() && v.settlement()).findFirst().orElse(null);
    }
}
