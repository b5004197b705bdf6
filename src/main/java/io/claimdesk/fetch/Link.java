package io.claimdesk.fetch;

import io.claimdesk.failure.Invalid;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link the fetcher may follow: http or https with a host. The host is kept as written (lower case, IPv6 without
 * brackets) so that it can be checked against the allow-list and sent as the Host header and TLS server name.
 */
record Link(URI uri, boolean https, String host, int port, String pathAndQuery) {

    static Link parse(String value) {
        if (value == null || value.isBlank()) {
            throw new Invalid("url", "Give the article's link, starting with http:// or https://.");
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new Invalid("url", "“" + value + "” is not a web address: " + e.getReason() + ".");
        }
        return of(uri, value);
    }

    /** Where a redirect's Location points, read relative to this link as browsers do. */
    Link redirect(String location) {
        URI target;
        try {
            target = uri.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Invalid("url", uri + " redirects to “" + location + "”, which is not a web address.");
        }
        return of(target, location);
    }

    private static Link of(URI uri, String given) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Invalid("url", "Only http and https links can be fetched; “" + given + "” is not one.");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new Invalid("url", "“" + given + "” names no host to fetch from.");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        // Rebuilt without user info and fragment: neither is sent, and an empty path becomes "/" so that a relative
        // redirect resolves against it (URI.resolve would glue "next" onto the host otherwise).
        String authority = (host.contains(":") ? "[" + host + "]" : host) + (uri.getPort() == -1 ? "" : ":" + port);
        return new Link(URI.create(scheme + "://" + authority + pathAndQuery), https, host, port, pathAndQuery);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
