package io.claimdesk.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.claimdesk.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusals the HTTP server makes before any resource runs still say, in the caller's language, what to fix. */
@QuarkusTest
class TransportLimitsTest {

    @TestHTTPResource("/")
    URL root;

    /**
     * Declares a body over the 100 MB limit and sends none of it: the answer comes before the body would be read, so
     * the test need not push 100 MB through the socket.
     */
    private String answerToOversizedPost(String path) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (200L * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAJsonBody() throws Exception {
        String answer = answerToOversizedPost("/api/articles");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/json"), answer);
        assertTrue(answer.contains("{\"error\":\"too large\",\"detail\":\"The request body has"), answer);
    }

    @Test
    void aPageBodyOverTheLimitIsRefusedWithAPage() throws Exception {
        String answer = answerToOversizedPost("/articles/new");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("text/html") && answer.contains("Split it into smaller uploads"), answer);
    }

    @Test
    void anOverLongAddressIsRefusedWithABody() {
        asAdmin().get("/api/claims?q=" + "a".repeat(9_000)).then().statusCode(414).contentType(ContentType.JSON)
                .body("error", equalTo("uri too long")).body("detail", containsString("at most 8192"));
        asAdmin().get("/?q=" + "a".repeat(60_000)).then().statusCode(414).contentType(ContentType.HTML)
                .body(containsString("Narrow the filter"));
    }
}
