package io.claimdesk.intake;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A news site on 127.0.0.1 for the link imports' tests: each test mounts the pages it needs, with their headers. */
final class LinkSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    LinkSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves exactly this path (the JDK server matches prefixes: a longer path is a 404 here), any query. */
    void page(String path, int status, String contentType, byte[] body, Map<String, String> headers) {
        server.createContext(path, exchange -> {
            try (exchange) {
                boolean here = exchange.getRequestURI().getPath().equals(path);
                byte[] sent = here ? body : new byte[0];
                if (here && contentType != null) {
                    exchange.getResponseHeaders().set("Content-Type", contentType);
                }
                if (here) {
                    headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
                }
                exchange.sendResponseHeaders(here ? status : 404, sent.length == 0 ? -1 : sent.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(sent);
                }
            }
        });
    }

    /** A page whose body is written anew for each request: a site that changes the page, or shows the time. */
    void changing(String path, String contentType, java.util.function.Supplier<String> body) {
        server.createContext(path, exchange -> {
            try (exchange) {
                byte[] sent = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(200, sent.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(sent);
                }
            }
        });
    }

    void page(String path, String contentType, String body) {
        page(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A news page in the shape sites write them: JSON-LD in the head, the story in an {@code <article>}. */
    static String newsPage(String head, String story) {
        return "<!doctype html><html><head><meta charset=\"utf-8\">" + head + "</head><body><nav>Home World Sport</nav>"
                + "<article><p>" + story.strip().replace("\n\n", "</p><p>") + "</p></article>"
                + "<footer>Contact us</footer></body></html>";
    }


    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
