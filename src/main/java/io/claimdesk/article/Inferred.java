package io.claimdesk.article;

/**
 * A value read from the article text, with the exact evidence string it came from and that string's
 * code-point offsets: {@code evidence} equals the text's code points [start, end). A value read from
 * around the text (an HTML page's meta tags) has offsets -1 and evidence naming where it was read.
 */
public record Inferred<T>(T value, String evidence, int start, int end) {

    public static <T> Inferred<T> outsideText(T value, String evidence) {
        return new Inferred<>(value, evidence, -1, -1);
    }
}
