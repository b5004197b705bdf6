package io.claimdesk.matching;

/** Where a relation stands: found by the matcher, then confirmed or rejected by a reviewer. */
public enum RelationState { SUGGESTED, CONFIRMED, REJECTED }
