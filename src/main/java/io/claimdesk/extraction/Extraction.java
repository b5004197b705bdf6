package io.claimdesk.extraction;

import java.util.List;

/**
 * What the pipeline draws from one text.
 *
 * @param outletStance suggested from the article's own voice; an editor confirms it
 */
public record Extraction(List<Segment> segments, List<ExtractedClaim> claims, StanceSuggestion outletStance) {

    public Extraction {
        segments = List.copyOf(segments);
        claims = List.copyOf(claims);
    }
}
