package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.TestJobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A zip of articles imported in the background: each file on its own, refusals listed with their reasons. */
@QuarkusTest
class BulkImportTest {

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("articles/"));
            z.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static JsonPath finished(String location) throws InterruptedException {
        return TestJobs.finished(location, Duration.ofSeconds(30));
    }

    @Test
    void eachFileIsImportedOrRefusedWithItsReason() throws Exception {
        String good = ImportApiTest.story();
        String page = "<html><body><nav>Home</nav><p>" + ImportApiTest.story().replace("\n\n", "</p><p>") + "</p></body></html>";
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("articles/one.txt", good.getBytes(StandardCharsets.UTF_8));
        files.put("articles/two.html", page.getBytes(StandardCharsets.UTF_8));
        files.put("articles/again.txt", good.getBytes(StandardCharsets.UTF_8));
        files.put("articles/scan.pdf", "%PDF-1.4 x".getBytes(StandardCharsets.ISO_8859_1));
        files.put("articles/short.md", "# Only a headline".getBytes(StandardCharsets.UTF_8));
        files.put("articles/.DS_Store", new byte[] {0, 0, 0, 1});
        files.put("__MACOSX/articles/._one.txt", new byte[] {0, 5});

        var started = asAdmin().contentType("application/zip").body(zip(files)).post("/api/imports?name=batch.zip");
        started.then().statusCode(202).header("Location", containsString("/api/imports/")).body("total", equalTo(5));
        JsonPath job = finished(started.header("Location"));

        assertEquals("FINISHED", job.getString("state"));
        assertEquals(5, job.getInt("done"));
        assertEquals(3, job.getInt("failed"), job.prettify());
        List<String> failed = job.getList("failures.name");
        assertEquals(List.of("articles/again.txt", "articles/scan.pdf", "articles/short.md"), failed);
        assertTrue(job.getString("failures[0].reason").startsWith("already stored as article"), job.prettify());
        assertTrue(job.getString("failures[1].reason").contains("PDF"), job.prettify());
        assertTrue(job.getString("failures[2].reason").contains("at least 200"), job.prettify());

        long id = job.getLong("id");
        asAdmin().get("/imports/" + id).then().statusCode(200).body(containsString("5 of 5"))
                .body(containsString("3 refused")).body(containsString("articles/scan.pdf"));
    }

    @Test
    void aBodyThatIsNotAZipIsRefused() {
        asAdmin().contentType("application/zip").body("not a zip at all".getBytes(StandardCharsets.UTF_8)).post("/api/imports")
                .then().statusCode(400).body("error", equalTo("invalid file")).body("detail", containsString("zip"));
    }

    @Test
    void bulkImportIsForEditors() throws IOException {
        asReviewer().contentType("application/zip").body(zip(Map.of("a.txt", new byte[] {'a'}))).post("/api/imports")
                .then().statusCode(403);
    }
}
