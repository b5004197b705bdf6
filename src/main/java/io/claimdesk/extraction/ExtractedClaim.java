package io.claimdesk.extraction;

import java.util.List;

/**
 * One claim drawn from a text.
 *
 * @param text             the claim sentence, whitespace-normalised
 * @param checkworthiness  0..1
 * @param features         the features that produced the score, e.g. "number", "date", "reporting-verb"
 * @param topics           topic ids from {@link Topics#ALL}, sorted
 * @param attributedTo     null when the outlet speaks in its own voice, else the named person/organisation/report
 * @param via              the intermediary that carried the statement ("Press TV", "Reuters"), or null
 * @param disputedReason   null unless {@code disputed}
 */
public record ExtractedClaim(
        Anchor anchor,
        String text,
        ClaimKind kind,
        boolean checkable,
        double checkworthiness,
        List<String> features,
        ClaimStance stance,
        List<String> topics,
        String attributedTo,
        String via,
        boolean disputed,
        String disputedReason) {

    public ExtractedClaim {
        features = List.copyOf(features);
        topics = List.copyOf(topics);
    }
}
