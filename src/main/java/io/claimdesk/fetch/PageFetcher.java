package io.claimdesk.fetch;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.Unfetchable;
import io.claimdesk.failure.Unfetchable.Reason;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.net.ssl.SSLException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches an article from its link, safely inside a newsroom's network: only http(s); the host resolved once and
 * refused when any of its addresses is not public (unless allowed by configuration); the connection made to exactly
 * the address that was checked, so that a second DNS answer cannot point it elsewhere (DNS rebinding), while the
 * Host header, the TLS server name and the certificate check keep the host's name; each redirect checked the same
 * way; connect and total time limits; the size limit counted while reading. Every refusal is an
 * {@link Unfetchable} (or an {@link Invalid} url) that says why.
 *
 * <p>Blocks until the page is read: call it from a worker thread, never from an event loop.
 */
@ApplicationScoped
public class PageFetcher {

    private static final Set<String> ARTICLE_TYPES =
            Set.of("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8";

    private final ClaimdeskConfig.Fetch limits;
    private final String userAgent;
    private final HostResolver resolver;
    private final HttpClient client;

    @Inject
    PageFetcher(ClaimdeskConfig config, Vertx vertx,
                @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this(config.fetch(), userAgent(version, config.publicUrl()), vertx, HostResolver.SYSTEM);
    }

    public PageFetcher(ClaimdeskConfig.Fetch limits, String userAgent, Vertx vertx, HostResolver resolver) {
        this.limits = limits;
        this.userAgent = userAgent;
        this.resolver = resolver;
        // One connection per request, closed after it: nothing pooled is reused for another host or address.
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setVerifyHost(true));
    }

    /** Names the desk to the sites it reads, with where to find out who runs it. */
    public static String userAgent(String version, String publicUrl) {
        return "Claimdesk/" + version + " (+" + publicUrl + ")";
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The page behind the link, read in full; refused with the reason when it cannot or may not be fetched. */
    public Fetched fetch(String url) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("PageFetcher.fetch blocks: call it from a worker thread");
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        Link link = Link.parse(url);
        for (int redirects = 0; ; redirects++) {
            Answer answer = request(link, checkedAddress(link), deadline);
            if (answer.location() == null) {
                return fetched(url, link, answer);
            }
            if (redirects == limits.maxRedirects()) {
                throw new Unfetchable(Reason.TOO_MANY_REDIRECTS, url + " redirects more than " + limits.maxRedirects()
                        + " times; give the link of the article's final page.");
            }
            link = redirected(link, answer.location());
        }
    }

    /** What one request gave: a redirect's location, or the body of a page. */
    private record Answer(String location, int status, Map<String, String> headers, byte[] body) {
    }

    private InetAddress checkedAddress(Link link) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(link.host());
        } catch (UnknownHostException e) {
            throw new Unfetchable(Reason.UNKNOWN_HOST, "The host " + link.host() + " of " + link
                    + " is not known; check the link.");
        }
        if (addresses.length == 0) {
            throw new Unfetchable(Reason.UNKNOWN_HOST, "The host " + link.host() + " of " + link + " has no address.");
        }
        if (!limits.allowedHosts().map(hosts -> hosts.stream().anyMatch(link.host()::equalsIgnoreCase)).orElse(false)) {
            // Any one address decides: a name with a public and a private address could be answered either way.
            for (InetAddress address : addresses) {
                String kind = PublicAddresses.notPublic(address);
                if (kind != null) {
                    throw new Unfetchable(Reason.PRIVATE_ADDRESS, link + " leads to " + address.getHostAddress() + ", "
                            + kind + " address: the desk fetches only pages on the public internet.");
                }
            }
        }
        return addresses[0];
    }

    private static Link redirected(Link from, String location) {
        try {
            return from.redirect(location);
        } catch (Invalid e) {
            throw new Unfetchable(Reason.UPSTREAM_ERROR, from + " redirects to “" + location
                    + "”, which the desk does not follow: " + e.getMessage());
        }
    }

    private Answer request(Link link, InetAddress address, long deadline) {
        long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remainingMillis <= 0) {
            throw timedOut(link);
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(link.host())
                .setPort(link.port())
                .setSsl(link.https())
                .setURI(link.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, link.port())))
                .setConnectTimeout(Math.min(limits.connectTimeout().toMillis(), remainingMillis))
                .setFollowRedirects(false)
                .putHeader("User-Agent", userAgent)
                .putHeader("Accept", ACCEPT);
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        client.request(options).onComplete(made -> {
            if (made.failed()) {
                answer.completeExceptionally(made.cause());
                return;
            }
            HttpClientRequest request = made.result();
            sent.set(request);
            if (answer.isDone()) { // timed out while connecting
                request.reset();
                return;
            }
            request.send().onComplete(response -> {
                if (response.failed()) {
                    answer.completeExceptionally(response.cause());
                } else {
                    read(link, request, response.result(), answer);
                }
            });
        });
        try {
            return answer.get(remainingMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.completeExceptionally(e);
            reset(sent.get());
            throw timedOut(link);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reset(sent.get());
            throw timedOut(link);
        } catch (ExecutionException e) {
            reset(sent.get());
            throw refusal(link, e.getCause());
        }
    }

    /** Looks at the head before reading the body, so an image, an error page or a declared giant is never read. */
    private void read(Link link, HttpClientRequest request, HttpClientResponse response, CompletableFuture<Answer> answer) {
        // Set first: a reset below ends the response with an error, which is expected here and otherwise logged.
        response.exceptionHandler(answer::completeExceptionally);
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
            String location = response.getHeader("Location");
            if (location == null || location.isBlank()) {
                answer.completeExceptionally(new Unfetchable(Reason.UPSTREAM_ERROR, link + " answered HTTP " + status
                        + " without saying where to go."));
            } else {
                answer.complete(new Answer(location, status, Map.of(), null));
            }
            request.reset(); // the redirect's body is not read; answered first, as the reset fails the response
            return;
        }
        Unfetchable refused = refusedHead(link, response);
        if (refused != null) {
            answer.completeExceptionally(refused);
            request.reset();
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : new String[]{Fetched.CONTENT_TYPE, Fetched.LAST_MODIFIED, Fetched.ETAG}) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (answer.isDone()) {
                return;
            }
            if ((long) body.length() + chunk.length() > limits.maxBytes()) {
                answer.completeExceptionally(tooLarge(link, "more than " + limits.maxBytes()));
                request.reset();
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(end -> answer.complete(new Answer(null, status, headers, body.getBytes())));
    }

    private Unfetchable refusedHead(Link link, HttpClientResponse response) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String phrase = response.statusMessage() == null || response.statusMessage().isBlank() ? ""
                    : " (" + response.statusMessage() + ")";
            return new Unfetchable(Reason.UPSTREAM_ERROR, link + " answered HTTP " + status + phrase
                    + (status >= 500 ? ": the site has a problem; try again later." : ": check the link."));
        }
        String type = mediaType(response.getHeader(Fetched.CONTENT_TYPE));
        if (type == null) {
            return new Unfetchable(Reason.NOT_AN_ARTICLE, link + " does not say what it is (no Content-Type): the desk"
                    + " fetches HTML, plain text and Markdown pages.");
        }
        if (!ARTICLE_TYPES.contains(type)) {
            return new Unfetchable(Reason.NOT_AN_ARTICLE, link + " is " + type + ", not an article: the desk fetches"
                    + " HTML, plain text and Markdown pages. Upload a file's text instead.");
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > limits.maxBytes()) {
            return tooLarge(link, length.strip());
        }
        return null;
    }

    private Unfetchable tooLarge(Link link, String bytes) {
        return new Unfetchable(Reason.TOO_LARGE, link + " has " + bytes + " bytes; one article may have at most "
                + limits.maxBytes() + ". Upload the article's text instead.");
    }

    private Unfetchable timedOut(Link link) {
        return new Unfetchable(Reason.TIMED_OUT, link + " did not answer in full within "
                + limits.timeout().toSeconds() + " s; try again later.");
    }

    private RuntimeException refusal(Link link, Throwable cause) {
        if (cause instanceof Unfetchable || cause instanceof Invalid) {
            return (RuntimeException) cause;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof io.netty.channel.ConnectTimeoutException) {
                return new Unfetchable(Reason.TIMED_OUT, "No connection to " + link.host() + " within "
                        + limits.connectTimeout().toSeconds() + " s; try again later.");
            }
            if (t instanceof SSLException) {
                return new Unfetchable(Reason.UNREACHABLE, "No secure connection to " + link.host()
                        + " could be made (" + t.getMessage() + ").");
            }
        }
        return new Unfetchable(Reason.UNREACHABLE, "No connection to " + link.host() + " could be made ("
                + cause.getMessage() + "); check the link or try again later.");
    }

    private static void reset(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private Fetched fetched(String requested, Link link, Answer answer) {
        String contentTypeHeader = answer.headers().get(Fetched.CONTENT_TYPE);
        String type = mediaType(contentTypeHeader);
        boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
        PageCharset.Decoded decoded = PageCharset.decode(answer.body(), contentTypeHeader, html);
        return new Fetched(requested, link.toString(), answer.status(), type, decoded.charset(), answer.body(),
                sha256(answer.body()), java.util.Collections.unmodifiableMap(answer.headers()), Instant.now(),
                decoded.text());
    }

    private static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
