package io.claimdesk.fetch;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.Unfetchable;
import io.claimdesk.failure.Unfetchable.Reason;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fetcher against a local site whose pages are written for each test, with 127.0.0.1 allowed as the tests'
 * configuration allows it; {@link DefaultFetchConfigTest} shows that nothing local is reached without that.
 */
class PageFetcherTest {

    record Limits(Optional<List<String>> allowedHosts, Duration connectTimeout, Duration timeout, int maxBytes,
                  int maxRedirects) implements ClaimdeskConfig.Fetch {
    }

    static final String ARTICLE = """
            <!DOCTYPE html>
            <html lang="pt"><head><meta charset="utf-8"><title>Ponte reaberta em São Luís</title></head>
            <body><article><h1>Ponte reaberta em São Luís</h1>
            <p>A prefeitura disse que a obra custou 12 milhões de reais e terminou em março.</p>
            </article></body></html>
            """;

    static Vertx vertx;
    TestSite site;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void startSite() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    static Limits limits(String... allowedHosts) {
        return new Limits(Optional.of(List.of(allowedHosts)), Duration.ofSeconds(2), Duration.ofSeconds(5), 256 * 1024, 5);
    }

    static PageFetcher fetcher(ClaimdeskConfig.Fetch limits, HostResolver resolver) {
        return new PageFetcher(limits, PageFetcher.userAgent("1.2.3", "https://desk.example.org"), vertx, resolver);
    }

    PageFetcher fetcher() {
        return fetcher(limits("127.0.0.1"), HostResolver.SYSTEM);
    }

    static Unfetchable refused(Reason reason, Runnable fetch) {
        Unfetchable e = assertThrows(Unfetchable.class, fetch::run);
        assertEquals(reason, e.reason, e.getMessage());
        return e;
    }

    @Test
    void anHtmlPageIsFetchedWithEverythingItsSnapshotNeeds() throws Exception {
        site.page("/politica/ponte.html", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"ponte-v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
            exchange.getResponseHeaders().set("Cache-Control", "max-age=60");
            TestSite.send(exchange, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        Instant before = Instant.now();

        Fetched page = fetcher().fetch(site.url("/politica/ponte.html?utm_source=x"));

        byte[] sent = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(site.url("/politica/ponte.html?utm_source=x"), page.requestedUrl());
        assertEquals(site.url("/politica/ponte.html?utm_source=x"), page.finalUrl());
        assertEquals(200, page.status());
        assertEquals("text/html", page.contentType());
        assertTrue(page.isHtml());
        assertEquals("UTF-8", page.charset());
        assertArrayEquals(sent, page.bytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent)), page.sha256());
        assertEquals(Map.of("Content-Type", "text/html; charset=utf-8", "ETag", "\"ponte-v1\"",
                "Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT"), page.headers());
        assertFalse(page.fetchedAt().isBefore(before));
        assertTrue(page.text().contains("Ponte reaberta em São Luís"), page.text());
    }

    @Test
    void theSiteIsToldWhoIsAsking() {
        site.page("/a.html", "text/html", ARTICLE);
        fetcher().fetch(site.url("/a.html"));
        assertEquals("Claimdesk/1.2.3 (+https://desk.example.org)", site.received.get(0).userAgent());
    }

    @Test
    void plainTextAndMarkdownPagesAreArticlesToo() {
        site.page("/nota.txt", "text/plain; charset=utf-8", "Nota oficial: a ponte reabre amanhã.");
        site.page("/nota.md", "text/markdown", "# Nota\n\nA ponte reabre *amanhã*.");

        Fetched text = fetcher().fetch(site.url("/nota.txt"));
        Fetched markdown = fetcher().fetch(site.url("/nota.md"));

        assertEquals("text/plain", text.contentType());
        assertEquals("Nota oficial: a ponte reabre amanhã.", text.text());
        assertTrue(markdown.isMarkdown());
        assertEquals("# Nota\n\nA ponte reabre *amanhã*.", markdown.text());
    }

    @Test
    void redirectsAreFollowedWhetherRelativeRootRelativeOrAbsolute() {
        site.page("/2026/ponte.html", "text/html", ARTICLE);
        site.redirect("/p/123", 301, site.url("/noticia/ponte"));       // absolute
        site.redirect("/noticia/ponte", 302, "/2026/ponte-old");          // root-relative
        site.redirect("/2026/ponte-old", 307, "ponte.html");              // relative to /2026/

        Fetched page = fetcher().fetch(site.url("/p/123"));

        assertEquals(site.url("/p/123"), page.requestedUrl());
        assertEquals(site.url("/2026/ponte.html"), page.finalUrl());
        assertTrue(page.text().contains("Ponte reaberta"));
        assertEquals(List.of("/p/123", "/noticia/ponte", "/2026/ponte-old", "/2026/ponte.html"),
                site.received.stream().map(TestSite.Received::path).toList());
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsRefused() {
        site.page("/hop/0", "text/html", ARTICLE);
        for (int i = 1; i <= 6; i++) {
            site.redirect("/hop/" + i, 302, String.valueOf(i - 1));
        }

        assertTrue(fetcher().fetch(site.url("/hop/5")).text().contains("Ponte reaberta"));
        site.received.clear();

        Unfetchable e = refused(Reason.TOO_MANY_REDIRECTS, () -> fetcher().fetch(site.url("/hop/6")));
        assertTrue(e.getMessage().contains("more than 5"), e.getMessage());
        assertEquals(6, site.received.size(), "the sixth redirect is not followed");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeConnecting() {
        site.redirect("/intranet", 302, "http://10.0.0.1/admin");
        site.redirect("/metadata", 302, "http://169.254.169.254/latest/meta-data/");

        Unfetchable intranet = refused(Reason.PRIVATE_ADDRESS, () -> fetcher().fetch(site.url("/intranet")));
        Unfetchable metadata = refused(Reason.PRIVATE_ADDRESS, () -> fetcher().fetch(site.url("/metadata")));

        assertTrue(intranet.getMessage().contains("10.0.0.1, a private address"), intranet.getMessage());
        assertTrue(metadata.getMessage().contains("169.254.169.254, a link-local address"), metadata.getMessage());
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        site.redirect("/download", 302, "ftp://files.example.org/article.txt");
        Unfetchable e = refused(Reason.UPSTREAM_ERROR, () -> fetcher().fetch(site.url("/download")));
        assertTrue(e.getMessage().contains("Only http and https"), e.getMessage());
    }

    @Test
    void aPageThatTricklesPastTheTimeLimitIsCutOff() {
        AtomicBoolean finished = new AtomicBoolean();
        site.page("/slow.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                // Each byte comes well within any idle limit; only a limit on the whole fetch stops this.
                for (int i = 0; i < 100; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(100);
                }
                finished.set(true);
            } catch (InterruptedException | IOException cutOff) {
                // the fetcher hung up
            }
        });
        PageFetcher fetcher = fetcher(new Limits(Optional.of(List.of("127.0.0.1")), Duration.ofSeconds(2),
                Duration.ofSeconds(1), 256 * 1024, 5), HostResolver.SYSTEM);
        long start = System.nanoTime();

        Unfetchable e = refused(Reason.TIMED_OUT, () -> fetcher.fetch(site.url("/slow.html")));

        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis < 4000, "cut off after " + millis + " ms");
        assertTrue(e.getMessage().contains("within 1 s"), e.getMessage());
        assertFalse(finished.get());
    }

    @Test
    void anOversizedBodyIsRefusedWhileItStreamsIn() throws InterruptedException {
        long total = 64L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        site.page("/huge.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse it by
            byte[] chunk = "<p>palavra </p>".repeat(4096).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < total) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException hungUp) {
                // the fetcher stopped reading
            } finally {
                done.set(true);
            }
        });

        Unfetchable e = refused(Reason.TOO_LARGE, () -> fetcher().fetch(site.url("/huge.html")));

        assertTrue(e.getMessage().contains("at most 262144"), e.getMessage());
        for (int i = 0; i < 100 && !done.get(); i++) {
            Thread.sleep(50);
        }
        assertTrue(done.get() && written.get() < total, "the site wrote " + written.get() + " bytes");
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedUnread() {
        site.page("/declared.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 10_000_000);
            exchange.getResponseBody().write("<p>start</p>".getBytes(StandardCharsets.UTF_8));
        });
        Unfetchable e = refused(Reason.TOO_LARGE, () -> fetcher().fetch(site.url("/declared.html")));
        assertTrue(e.getMessage().contains("has 10000000 bytes"), e.getMessage());
    }

    @Test
    void imagesAndPdfsAreNotArticles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        site.page("/foto.png", "image/png", png);
        site.page("/relatorio.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));

        Unfetchable image = refused(Reason.NOT_AN_ARTICLE, () -> fetcher().fetch(site.url("/foto.png")));
        Unfetchable pdf = refused(Reason.NOT_AN_ARTICLE, () -> fetcher().fetch(site.url("/relatorio.pdf")));

        assertTrue(image.getMessage().contains("image/png, not an article"), image.getMessage());
        assertTrue(pdf.getMessage().contains("application/pdf, not an article"), pdf.getMessage());
    }

    @Test
    void upstreamErrorsAreRefusedWithTheirStatus() {
        site.page("/gone", exchange -> TestSite.send(exchange, 404, "text/html", "<h1>Não encontrada</h1>".getBytes(StandardCharsets.UTF_8)));
        site.page("/broken", exchange -> TestSite.send(exchange, 500, "text/html", "<h1>Erro</h1>".getBytes(StandardCharsets.UTF_8)));

        Unfetchable missing = refused(Reason.UPSTREAM_ERROR, () -> fetcher().fetch(site.url("/gone")));
        Unfetchable broken = refused(Reason.UPSTREAM_ERROR, () -> fetcher().fetch(site.url("/broken")));

        assertTrue(missing.getMessage().contains("answered HTTP 404"), missing.getMessage());
        assertTrue(broken.getMessage().contains("answered HTTP 500"), broken.getMessage());
    }

    @Test
    void aWindows1252PageIsDecodedRight() {
        Charset cp1252 = Charset.forName("windows-1252");
        String words = "<p>A ação do município custou 3 €, disse o “secretário” à imprensa.</p>";
        site.page("/by-header.html", "text/html; charset=windows-1252", ("<html><body>" + words + "</body></html>").getBytes(cp1252));
        // Labelled Latin-1, written in Windows-1252 (curly quotes, euro): what browsers read, and so must the desk.
        site.page("/by-meta.html", "text/html", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=iso-8859-1\"></head><body>" + words + "</body></html>").getBytes(cp1252));
        site.page("/undeclared.txt", "text/plain", words.getBytes(cp1252));

        for (String path : List.of("/by-header.html", "/by-meta.html", "/undeclared.txt")) {
            Fetched page = fetcher().fetch(site.url(path));
            assertEquals("windows-1252", page.charset(), path);
            assertTrue(page.text().contains(words), path + ": " + page.text());
        }
    }

    @Test
    void aMetaCharsetIsReadAndAByteOrderMarkWins() {
        byte[] latin2 = ("<html><head><meta charset='ISO-8859-2'></head><body><p>Łódź i Gdańsk</p></body></html>")
                .getBytes(Charset.forName("ISO-8859-2"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = "Ação à vista".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        site.page("/pl.html", "text/html", latin2);
        site.page("/bom.txt", "text/plain; charset=iso-8859-1", withBom);

        Fetched polish = fetcher().fetch(site.url("/pl.html"));
        Fetched marked = fetcher().fetch(site.url("/bom.txt"));

        assertEquals("ISO-8859-2", polish.charset());
        assertTrue(polish.text().contains("Łódź i Gdańsk"), polish.text());
        assertEquals("UTF-8", marked.charset());
        assertEquals("Ação à vista", marked.text());
    }

    @Test
    void theConnectionGoesToTheAddressThatWasCheckedUnderTheHostsName() {
        site.page("/a.html", "text/html", ARTICLE);
        AtomicInteger lookups = new AtomicInteger();
        HostResolver resolver = host -> {
            lookups.incrementAndGet();
            return host.equals("noticias.example.test")
                    ? new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})}
                    : HostResolver.SYSTEM.resolve(host);
        };

        Fetched page = fetcher(limits("noticias.example.test"), resolver)
                .fetch("http://noticias.example.test:" + site.port() + "/a.html");

        assertEquals(200, page.status());
        assertEquals(1, lookups.get(), "the host is resolved once");
        assertEquals("noticias.example.test:" + site.port(), site.received.get(0).host());
    }

    @Test
    void aHostWithAnyPrivateAddressIsRefused() {
        HostResolver resolver = host -> new InetAddress[]{
                InetAddress.getByAddress(host, new byte[]{93, (byte) 184, (byte) 216, 34}),
                InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})};

        Unfetchable e = refused(Reason.PRIVATE_ADDRESS,
                () -> fetcher(limits(), resolver).fetch("http://mixed.example.test:" + site.port() + "/a.html"));

        assertTrue(e.getMessage().contains("127.0.0.1, a loopback address"), e.getMessage());
        assertEquals(List.of(), site.received);
    }

    @Test
    void anUnknownHostIsSaidSo() {
        HostResolver resolver = host -> {
            throw new UnknownHostException(host);
        };
        Unfetchable e = refused(Reason.UNKNOWN_HOST, () -> fetcher(limits(), resolver).fetch("https://nowhere.example.test/a"));
        assertTrue(e.getMessage().contains("nowhere.example.test"), e.getMessage());
    }

    @Test
    void aLinkThatIsNoWebAddressIsAnInvalidUrl() {
        Invalid e = assertThrows(Invalid.class, () -> fetcher().fetch("not a link"));
        assertEquals("url", e.errors().get(0).field());
    }
}
