package io.claimdesk.article;

/** An outlet's editorial stance toward the subject; UNKNOWN until an editor sets it. */
public enum OutletStance {
    FAVOURABLE, CRITICAL, NEUTRAL, UNKNOWN
}
