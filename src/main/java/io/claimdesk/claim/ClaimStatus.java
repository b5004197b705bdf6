package io.claimdesk.claim;

/** Where a claim stands with the reviewers; follows from its current verdicts. */
public enum ClaimStatus {
    UNREVIEWED, CORROBORATED, CONTESTED
}
