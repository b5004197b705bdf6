package io.claimdesk.review;

import io.claimdesk.account.Account;
import io.claimdesk.claim.Claim;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.web.Params;
import io.claimdesk.web.WebAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where verdicts are decided: a reviewer's verdict supersedes their previous one, an editor's settlement
 * ends a disagreement, and the claim's status follows from what is current. Every change is in the history.
 */
@ApplicationScoped
public class Reviews {

    static final int MAX_RATIONALE = 10_000;
    static final int MAX_EVIDENCE_ITEMS = 20;
    /** The longest link one piece of evidence may be (an article's URL may be twice as long). */
    private static final int EVIDENCE_URL_CHARS = 1000;

    private final History history;

    Reviews(History history) {
        this.history = history;
    }

    @Transactional
    public Verdict give(long claimId, Account reviewer, VerdictInput input) {
        Claim claim = claim(claimId);
        Verdict verdict = checked(claim, reviewer, input, false);
        Verdict.<Verdict>list("claim = ?1 and reviewer = ?2 and current = true and settlement = false", claim, reviewer)
                .forEach(old -> old.current = false);
        verdict.persist();
        ClaimStatus before = claim.status;
        recompute(claim);
        history.record(Account.idOf(reviewer), HistoryAction.VERDICT_GIVEN, claim.historySubject(),
                Map.of("status", before.name()), summary(verdict, claim));
        return verdict;
    }

    /**
     * An editor's final verdict: it decides the claim's status until another settlement. Only a claim in dispute is
     * settled ({@link #settleable}); the page offers no settle form for any other, and the API refuses it alike.
     */
    @Transactional
    public Verdict settle(long claimId, Account editor, VerdictInput input) {
        Claim claim = claim(claimId);
        if (!settleable(claim.status, claim.reviewersDisagree)) {
            throw new NotInDispute(claimId, claim.status);
        }
        Verdict settlement = checked(claim, editor, input, true);
        Verdict.<Verdict>list("claim = ?1 and current = true and settlement = true", claim).forEach(old -> old.current = false);
        settlement.persist();
        ClaimStatus before = claim.status;
        recompute(claim);
        history.record(Account.idOf(editor), HistoryAction.CLAIM_SETTLED, claim.historySubject(),
                Map.of("status", before.name()), summary(settlement, claim));
        return settlement;
    }

    /**
     * Whether an editor may settle a claim now: while it is in dispute, that is contested or with reviewers who
     * disagree. A claim nobody has judged, or one every current verdict (or a settlement) corroborates, has nothing
     * to settle; a claim settled as contested may be settled again.
     */
    public static boolean settleable(ClaimStatus status, boolean reviewersDisagree) {
        return reviewersDisagree || status == ClaimStatus.CONTESTED;
    }

    /** Status from the current verdicts: a settlement decides; else any contest contests; else all corroborate. */
    private static void recompute(Claim claim) {
        List<Verdict> current = Verdict.currentFor(claim);
        Verdict settlement = current.stream().filter(v -> v.settlement).findFirst().orElse(null);
        boolean contested = current.stream().anyMatch(v -> !v.settlement && v.verdict == VerdictValue.CONTESTED);
        boolean corroborated = current.stream().anyMatch(v -> !v.settlement && v.verdict == VerdictValue.CORROBORATED);
        if (settlement != null) {
            claim.status = ClaimStatus.valueOf(settlement.verdict.name());
            claim.reviewersDisagree = false;
        } else {
            claim.status = contested ? ClaimStatus.CONTESTED
                    : corroborated ? ClaimStatus.CORROBORATED : ClaimStatus.UNREVIEWED;
            claim.reviewersDisagree = contested && corroborated;
        }
    }

    private static Verdict checked(Claim claim, Account reviewer, VerdictInput input, boolean settlement) {
        if (input == null) {
            throw new Invalid("verdict", "Send {verdict, rationale, evidence, attribution}.");
        }
        // The input kept its own constraints (VerdictInput, checked by the page or the API): the evidence is what
        // needs the store.
        VerdictValue value = Params.parseEnum("verdict", input.verdict(), VerdictValue.class);
        String rationale = input.rationale().strip();
        AttributionJudgement attribution = Params.parseEnum("attribution", input.attribution(), AttributionJudgement.class);
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.reviewer = reviewer;
        verdict.verdict = value;
        verdict.rationale = rationale;
        verdict.evidence = evidence(input.evidence());
        verdict.attribution = attribution == null ? AttributionJudgement.UNCHECKED : attribution;
        verdict.settlement = settlement;
        verdict.createdAt = Instant.now();
        return verdict;
    }

    /** Evidence items are http(s) URLs or ids of stored claims; stored one per line. */
    static String evidence(List<String> items) {
        if (items == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String raw : items) {
            for (String item : (raw == null ? "" : raw).split("[\\s,]+")) {
                if (!item.isBlank()) {
                    kept.add(checkedEvidence(item));
                }
            }
        }
        if (kept.size() > MAX_EVIDENCE_ITEMS) {
            throw new Invalid("evidence", "Give at most " + MAX_EVIDENCE_ITEMS + " pieces of evidence.");
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    private static String checkedEvidence(String item) {
        if (item.matches("\\d{1,18}")) {
            if (Claim.findById(Long.parseLong(item)) == null) {
                throw new Invalid("evidence", "There is no claim " + item + " to cite.");
            }
            return item;
        }
        String address = WebAddress.checked(item, EVIDENCE_URL_CHARS);
        if (address != null) {
            return address;
        }
        throw new Invalid("evidence", "Evidence is an http(s) URL or a claim id, not '" + item + "'.");
    }

    static Claim claim(long claimId) {
        return Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> new NotFound("There is no claim " + claimId));
    }

    private static Map<String, Object> summary(Verdict verdict, Claim claim) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("verdict", verdict.verdict.name());
        after.put("attribution", verdict.attribution.name());
        after.put("rationale", verdict.rationale);
        if (verdict.evidence != null) {
            after.put("evidence", verdict.evidence);
        }
        after.put("status", claim.status.name());
        return after;
    }
}
