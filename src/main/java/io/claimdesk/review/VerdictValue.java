package io.claimdesk.review;

/** A reviewer's judgement of whether a claim holds. */
public enum VerdictValue {
    CORROBORATED, CONTESTED
}
