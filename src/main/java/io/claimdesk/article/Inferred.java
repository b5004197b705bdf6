package io.claimdesk.article;

/**
 * A value read from the article text, with the exact evidence string it came from and that string's
 * code-point offsets: {@code evidence} equals the text's code points [start, end).
 */
public record Inferred<T>(T value, String evidence, int start, int end) {}
