package io.claimdesk.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

import java.net.URI;
import java.util.Locale;

/**
 * Where a browser says a request comes from (Origin, or Referer when a browser sends no Origin), compared with
 * this site's own origin as the request reached it (behind a proxy: as forwarded, when proxy headers are trusted).
 */
final class RequestOrigin {

    private RequestOrigin() {
    }

    /** The foreign origin the request came from, or null when it is ours or the caller names none (not a browser). */
    static String foreign(HttpServerRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = request.getHeader("Referer");
            if (claimed == null) {
                return null;
            }
        }
        String source = origin(claimed);
        HostAndPort own = request.authority();
        if (source != null && own != null && source.equals(origin(request.scheme(), own.host(), own.port()))) {
            return null;
        }
        return source == null ? claimed : source;
    }

    /** scheme://host[:port] of a URL, without a default port; null when it is no absolute URL ("null" included). */
    private static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() == null || uri.getHost() == null ? null
                    : origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
