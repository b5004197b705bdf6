package io.claimdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one check of a web address that comes in from outside (an article's URL, a verdict's evidence, a page's
 * canonical link): http or https, a host, within a length. The value ends up in links, where {@code javascript:}
 * must never go. The scheme is read in any case, as RFC 3986 has it, and handed back in lower case, so that every
 * stored address starts "http://" or "https://": the evidence list tells a link from a claim id by that start.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** The address with its scheme in lower case, or null when it is no http(s) address with a host within maxChars. */
    public static String checked(String value, int maxChars) {
        if (value == null || value.length() > maxChars) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return scheme + value.substring(scheme.length());
            }
        } catch (URISyntaxException notAnAddress) {
            // null below
        }
        return null;
    }
}
