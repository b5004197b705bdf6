package io.claimdesk.extraction;

/**
 * One block (paragraph / line) of the text, code-point offsets, classified as body or furniture;
 * {@code rule} names the rule that decided (e.g. "share-list", "photo-caption", "teaser-after-end", "body").
 */
public record Segment(int start, int end, boolean furniture, String rule) {}
