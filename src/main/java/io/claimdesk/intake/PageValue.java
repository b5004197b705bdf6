package io.claimdesk.intake;

/**
 * A value a page states about itself and where it says it ("JSON-LD datePublished: 2024-03-08T09:15:00-03:00",
 * "og:title", "meta name=author"): the evidence an editor reads beside the value to judge it.
 */
public record PageValue(String value, String evidence) {
}
