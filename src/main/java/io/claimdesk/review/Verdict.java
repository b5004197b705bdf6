package io.claimdesk.review;

import io.claimdesk.account.Account;
import io.claimdesk.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.util.List;

/**
 * One reviewer's judgement of one claim. A newer verdict by the same reviewer supersedes it (it stays, no
 * longer current); a settlement is an editor's final word on the claim.
 */
@Entity
public class Verdict extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    public Account reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerdictValue verdict;

    @Column(nullable = false, length = 10_000)
    public String rationale;

    /** URLs and claim ids, one per line. */
    @Column(length = 4_000)
    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttributionJudgement attribution;

    @Column(nullable = false)
    public boolean settlement;

    @Column(name = "is_current", nullable = false)
    public boolean current = true;

    @Column(nullable = false)
    public Instant createdAt;

    static List<Verdict> currentFor(Claim claim) {
        return list("claim = ?1 and current = true", claim);
    }
}
