package io.claimdesk.matching;

import io.claimdesk.account.Account;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where reviewers decide the matcher's suggestions; each decision is in both claims' history. */
@ApplicationScoped
public class Relations {

    private final History history;
    private final Lowering lowering;

    Relations(History history, Lowering lowering) {
        this.history = history;
        this.lowering = lowering;
    }

    /**
     * Confirms or rejects a relation (a later decision may reverse an earlier one); the same decision again changes
     * nothing. A rejection lowers the similar open suggestions ({@link Lowering}); reversing it raises them again.
     */
    @Transactional
    public ClaimRelation decide(long relationId, Account reviewer, String state) {
        RelationState decided = Params.parseEnum("state", state, RelationState.class);
        if (decided == null || decided == RelationState.SUGGESTED) {
            throw new Invalid("state", "Decide a relation as CONFIRMED or REJECTED.");
        }
        ClaimRelation relation = ClaimRelation.<ClaimRelation>findByIdOptional(relationId)
                .orElseThrow(() -> new NotFound("There is no relation " + relationId));
        RelationState before = relation.state;
        if (before == decided) {
            return relation;
        }
        relation.state = decided;
        relation.decidedBy = reviewer;
        relation.decidedAt = Instant.now();
        int lowered = 0;
        if (decided == RelationState.REJECTED) {
            lowered = lowering.afterRejection(relation);
        } else if (before == RelationState.REJECTED) {
            lowering.afterReversal(relation);
        }
        HistoryAction action = decided == RelationState.CONFIRMED ? HistoryAction.RELATION_CONFIRMED : HistoryAction.RELATION_REJECTED;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("relation", relation.id);
        after.put("type", relation.type.name());
        after.put("state", decided.name());
        after.put("from", relation.fromClaim.id);
        after.put("to", relation.toClaim.id);
        if (relation.detail != null) {
            after.put("detail", relation.detail);
        }
        if (lowered > 0) {
            after.put("loweredSimilar", lowered);
        }
        Map<String, Object> previous = Map.of("state", before.name());
        history.record(Account.idOf(reviewer), action, relation.fromClaim.historySubject(), previous, after);
        history.record(Account.idOf(reviewer), action, relation.toClaim.historySubject(), previous, after);
        return relation;
    }
}
