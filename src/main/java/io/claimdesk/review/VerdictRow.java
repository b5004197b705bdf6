package io.claimdesk.review;

import java.time.Instant;
import java.util.List;

/** A verdict as pages and the API show it. */
public record VerdictRow(long id, long claimId, String reviewer, VerdictValue verdict, String rationale, List<String> evidence,
                         AttributionJudgement attribution, boolean settlement, boolean current, Instant createdAt) {

    public VerdictRow(long id, long claimId, String reviewer, VerdictValue verdict, String rationale, String evidence,
                      AttributionJudgement attribution, boolean settlement, boolean current, Instant createdAt) {
        this(id, claimId, reviewer, verdict, rationale, evidence == null ? List.of() : List.of(evidence.split("\n")),
                attribution, settlement, current, createdAt);
    }

    static final String SELECT = """
            select new io.claimdesk.review.VerdictRow(v.id, v.claim.id, r.username, v.verdict, v.rationale, v.evidence,
                   v.attribution, v.settlement, v.current, v.createdAt)
            from Verdict v join v.reviewer r
            """;
}
