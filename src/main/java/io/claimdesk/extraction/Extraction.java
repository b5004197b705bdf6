package io.claimdesk.extraction;

import java.util.List;

public record Extraction(List<Segment> segments, List<ExtractedClaim> claims) {

    public Extraction {
        segments = List.copyOf(segments);
        claims = List.copyOf(claims);
    }
}
