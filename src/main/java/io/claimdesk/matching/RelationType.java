package io.claimdesk.matching;

/** How a claim of one article relates to a claim of another. */
public enum RelationType { SAME_EVENT, CONFLICT, CONTRADICTS, SUPPORTS }
