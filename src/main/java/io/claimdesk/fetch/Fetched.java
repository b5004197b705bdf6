package io.claimdesk.fetch;

import java.time.Instant;
import java.util.Map;

/**
 * One page as it was fetched: enough to store it as the snapshot of what the desk checked, and to tell later whether
 * the outlet changed it.
 *
 * @param requestedUrl the link as given
 * @param finalUrl     where the page was read after redirects
 * @param status       the final HTTP status (2xx)
 * @param contentType  the media type without parameters, lower case ({@code text/html})
 * @param charset      the charset the text was decoded with
 * @param bytes        the body exactly as received
 * @param sha256       the bytes' SHA-256, lower-case hex
 * @param headers      the response headers that matter for a snapshot and a re-fetch (Content-Type, Last-Modified,
 *                     ETag), under those names, only those sent
 * @param fetchedAt    when the body was read to its end
 * @param text         the body decoded with {@code charset}, a byte-order mark dropped
 */
public record Fetched(String requestedUrl, String finalUrl, int status, String contentType, String charset,
                      byte[] bytes, String sha256, Map<String, String> headers, Instant fetchedAt, String text) {

    public static final String CONTENT_TYPE = "Content-Type";
    public static final String LAST_MODIFIED = "Last-Modified";
    public static final String ETAG = "ETag";

    public boolean isHtml() {
        return contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
    }

    public boolean isMarkdown() {
        return contentType.equals("text/markdown") || contentType.equals("text/x-markdown");
    }
}
