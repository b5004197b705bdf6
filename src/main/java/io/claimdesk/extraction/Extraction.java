package io.claimdesk.extraction;

import java.util.List;

/**
 * What the pipeline draws from one text.
 *
 * @param outletStance suggested from the article's own voice; an editor confirms it
 * @param lead         the start of the first body sentence, to name an article without a title; null without a body
 */
public record Extraction(List<Segment> segments, List<ExtractedClaim> claims, StanceSuggestion outletStance,
                         String lead) {

    public Extraction {
        segments = List.copyOf(segments);
        claims = List.copyOf(claims);
    }
}
