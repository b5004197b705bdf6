package io.claimdesk.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs that once took the desk down (a 500, a mangled date) are refused with what to fix, or stored safely. */
@QuarkusTest
class ImportLimitsTest {

    @Inject
    ArticleImporter importer;

    private static final String NEXT_YEAR_AND_ONE = (LocalDate.now().getYear() + 2) + "-01-01";

    private static Response importJson(Map<String, String> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/articles");
    }

    @Test
    void aPublishedDateNoArticleCanBearIsRefusedEverywhereAndNothingIsStored() {
        for (String date : new String[] {"1799-12-31", NEXT_YEAR_AND_ONE, "-999999999-01-01", "+99999-01-01"}) {
            String text = ImportApiTest.story();
            importJson(Map.of("text", text, "published", date)).then().statusCode(400)
                    .body("error", equalTo("invalid published")).body("detail", containsString("1800-01-01"));
            asAdmin().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8))
                    .queryParam("published", date).post("/api/articles").then().statusCode(400)
                    .body("error", equalTo("invalid published"));
            ImportPageTest.submit(Map.of("step", "save", "text", text, "published", date), null, null, null)
                    .then().statusCode(400).body(containsString("published must be a date from 1800-01-01"));
            assertFalse(importer.isStored(text), date + " stored nothing");
        }
        importJson(Map.of("text", ImportApiTest.story(), "published", "1800-01-01")).then().statusCode(201);
    }

    @Test
    void aPageStatingAnImpossibleDateIsStoredUndated() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"-999999999-01-01T00:00:00Z\"></head>"
                + "<body><article><p>" + ImportApiTest.story().replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Response created = asAdmin().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8)).post("/api/articles");
        created.then().statusCode(201);
        asReviewer().get(created.header("Location")).then().body("published", nullValue());
    }

    @Test
    void overLongMetadataIsRefusedNamingTheFieldAndItsLimit() {
        Map<String, Integer> limits = Map.of("title", 1000, "outlet", 200, "author", 300, "url", 2000);
        limits.forEach((field, limit) -> {
            String text = ImportApiTest.story();
            String value = field.equals("url") ? "https://example.org/" + "a".repeat(limit) : "x".repeat(limit + 1);
            importJson(Map.of("text", text, field, value)).then().statusCode(400)
                    .body("error", equalTo("invalid " + field))
                    .body("detail", containsString(field + " may have at most " + limit + " characters"));
            asAdmin().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).queryParam(field, value)
                    .post("/api/articles").then().statusCode(400).body("error", equalTo("invalid " + field));
            ImportPageTest.submit(Map.of("step", "preview", "text", text, field, value), null, null, null)
                    .then().statusCode(400).body(containsString(field + " may have at most " + limit));
            assertFalse(importer.isStored(text), field + ": nothing stored");
        });
    }

    @Test
    void overLongMetadataOfAPageIsCutOrDropped() {
        String html = "<html><head><title>" + "T".repeat(1500) + "</title><meta name=\"author\" content=\"" + "A".repeat(400)
                + "\"><meta property=\"og:site_name\" content=\"" + "S".repeat(300) + "\"></head><body><article><p>"
                + ImportApiTest.story().replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Response created = asAdmin().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8)).post("/api/articles");
        created.then().statusCode(201);
        String title = asReviewer().get(created.header("Location")).then().body("author", nullValue())
                .body("outlet", nullValue()).extract().path("title");
        assertEquals("T".repeat(1000), title);
    }

    @Test
    void htmlNestedTenThousandDeepIsRefusedWithA400NotA500() {
        String html = "<html><body>" + "<div>".repeat(10_000) + ImportApiTest.story() + "</div>".repeat(10_000) + "</body></html>";
        asAdmin().contentType("text/html").body(html.getBytes(StandardCharsets.UTF_8)).post("/api/articles")
                .then().statusCode(400).body("error", equalTo("invalid text")).body("detail", containsString("512 levels"));
        String spans = "<html><body><article>" + "<span>".repeat(10_000) + ImportApiTest.story() + "</span>".repeat(10_000)
                + "</article></body></html>";
        asAdmin().contentType("text/html").body(spans.getBytes(StandardCharsets.UTF_8)).post("/api/articles")
                .then().statusCode(400).body("error", equalTo("invalid text"));
    }

    @Test
    void markdownWithAHugeLinkOrRuleIsImported() {
        String md = ImportApiTest.story() + "\n\nSee [the report](https://example.org/" + "a".repeat(20_000) + ").\n\n"
                + "-".repeat(100_000) + "\n";
        Response created = asAdmin().contentType("text/markdown").body(md.getBytes(StandardCharsets.UTF_8)).post("/api/articles");
        created.then().statusCode(201);
        String text = asReviewer().get(created.header("Location")).then().extract().path("text");
        assertTrue(text.contains("See the report."), "the link reads as its words");
    }
}
