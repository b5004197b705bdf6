package io.claimdesk.intake;

import io.claimdesk.TestJobs;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.claimdesk.TestUsers.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** An upload leaves no file behind once its request or its job is over, refused or not. */
@QuarkusTest
class UploadTempFilesTest {

    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String uploads;

    /**
     * The uploads directory (a folder of this build's own in tests) with the bulk jobs' folder inside it, and the
     * desk's own files in the system's temporary folder, where bulk zips were once copied.
     */
    private Set<Path> files() throws IOException {
        Set<Path> files = new HashSet<>();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        for (Path dir : List.of(Path.of(uploads), Path.of(uploads, "bulk-imports"), tmp)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> listed = Files.list(dir)) {
                    listed.filter(f -> !f.getParent().equals(tmp) || f.getFileName().toString().startsWith("claimdesk-"))
                            .filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** The files that appeared since, once the deletions at the request's or the job's end had time to run. */
    private Set<Path> leftSince(Set<Path> before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            Set<Path> added = files();
            added.removeAll(before);
            if (added.isEmpty() || System.nanoTime() > deadline) {
                return added;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aRefusedZipLeavesNoFile() throws Exception {
        Set<Path> before = files();
        asAdmin().contentType("application/zip").body("not a zip at all".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports").then().statusCode(400);
        asAdmin().contentType("application/zip").body(BulkImportTest.zip(Map.of())).post("/api/imports")
                .then().statusCode(400);
        assertEquals(Set.of(), leftSince(before));
    }

    @Test
    void anUploadCutOffHalfwayLeavesNoFile() throws Exception {
        Set<Path> before = files();
        String boundary = "cut-off-" + System.nanoTime();
        String credentials = Base64.getEncoder().encodeToString("admin:test-admin-password-1".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: 50000000\r\n\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"story.txt\""
                    + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "Iran and Venezuela signed trade agreements in Caracas. ".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) { // about 2 MB of the 50 MB announced, then the client is gone
                out.write(chunk);
            }
            out.flush();
            // Cut off only once the upload is being written, so that there is a file to be left behind.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Set<Path> writing = files();
            writing.removeAll(before);
            while (writing.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                writing = files();
                writing.removeAll(before);
            }
            assertFalse(writing.isEmpty(), "the upload was never written to a file");
        }
        assertEquals(Set.of(), leftSince(before));
    }

    @Test
    void aFinishedJobLeavesNoFile() throws Exception {
        Set<Path> before = files();
        String location = asAdmin().contentType("application/zip")
                .body(BulkImportTest.zip(Map.of("a.txt", ImportApiTest.story().getBytes(StandardCharsets.UTF_8))))
                .post("/api/imports").then().statusCode(202).extract().header("Location");
        TestJobs.finished(location, Duration.ofSeconds(60));
        assertEquals(Set.of(), leftSince(before));
    }
}
