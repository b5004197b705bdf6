package io.claimdesk.extraction;

/** How the article carries a claim: in its own voice, as someone else's assertion, or distancing itself. */
public enum ClaimStance { ASSERTS, REPORTS, DISPUTES }
