package io.claimdesk.extraction;

public enum ClaimKind { EVENT, QUANTITY, ALLEGATION, DENIAL, QUOTE, OPINION }
