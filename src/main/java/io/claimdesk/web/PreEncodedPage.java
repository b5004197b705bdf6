package io.claimdesk.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A page assembled from a freshly rendered shell and parts kept as UTF-8 bytes. Encoding a 50 KB page character by
 * character cost more than everything else a cached list page does; a kept part is encoded once and copied after.
 * The shell marks where each part goes with {@link #marker(String)}, an HTML comment that escaped text cannot forge.
 */
public final class PreEncodedPage {

    private PreEncodedPage() {
    }

    /** What a template writes where the part named {@code name} goes. */
    public static String marker(String name) {
        return "<!--part:" + name + "-->";
    }

    public static byte[] encode(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The shell with each marker replaced by its part; the parts in the order their markers appear. */
    public static byte[] assemble(String shell, Map<String, byte[]> parts) {
        ByteArrayOutputStream page = new ByteArrayOutputStream(shell.length()
                + parts.values().stream().mapToInt(p -> p.length).sum());
        int from = 0;
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String marker = marker(part.getKey());
            int at = shell.indexOf(marker, from);
            if (at < 0) {
                throw new IllegalStateException("the page has no place for " + part.getKey() + " after offset " + from);
            }
            page.writeBytes(encode(shell.substring(from, at)));
            page.writeBytes(part.getValue());
            from = at + marker.length();
        }
        page.writeBytes(encode(shell.substring(from)));
        return page.toByteArray();
    }
}
