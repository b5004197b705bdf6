package io.claimdesk.matching;

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
import jakarta.persistence.Table;

import java.time.Instant;

/** A stored relation between claims of two articles; a suggestion until a reviewer confirms or rejects it. */
@Entity
@Table(name = "claim_relation")
public class ClaimRelation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_claim_id")
    public Claim fromClaim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_claim_id")
    public Claim toClaim;

    /** The pair in id order; unique, so a pair is stored once whichever side found it. */
    @Column(nullable = false)
    public long lowClaimId;

    @Column(nullable = false)
    public long highClaimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationType type;

    /** How often suggestions like this one are right ({@link Calibration}), lowered by similar rejections. */
    @Column(nullable = false)
    public double score;

    /** The score as the matcher found it, before any rejection lowered it. */
    @Column(nullable = false)
    public double confidence;

    /** How many reviewers' rejections of similar suggestions lowered this one: each halves its score. */
    @Column(nullable = false)
    public int lowered;

    @Column(length = 1000)
    public String detail;

    /** One item a line. */
    @Column(length = 4000)
    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationState state;

    @Column(nullable = false)
    public Instant foundAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    public Account decidedBy;

    public Instant decidedAt;

    public boolean involves(long claimId) {
        return lowClaimId == claimId || highClaimId == claimId;
    }
}
