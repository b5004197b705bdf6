package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every way in through {@code POST /api/articles}, and every bad input answered without a trace left behind. */
@QuarkusTest
class ImportApiTest {

    @Inject
    ArticleImporter importer;

    /** A body of several checkable sentences, unique to the call so no other test's article equals it. */
    static String story() {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        return "Venezuela and Iran signed 14 energy agreements in Caracas on Tuesday, officials said (ref " + ref + ").\n\n"
                + TestArticles.DRONES + "\n\n" + TestArticles.PASSPORTS + "\n\n" + TestArticles.TRADE + "\n";
    }

    static Response post(String contentType, byte[] body, String query) {
        return asAdmin().contentType(contentType).body(body).post("/api/articles" + query);
    }

    static String storedText(Response created) {
        return asReviewer().get(created.header("Location")).then().statusCode(200).extract().path("text");
    }

    @Test
    void plainTextIsStoredExactlyWithItsClaims() {
        String text = story();
        Response r = post("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), "?outlet=Plain Daily&published=2024-05-29");
        r.then().statusCode(201).header("Location", containsString("/api/articles/"))
                .body("claims", greaterThan(2)).body("format", equalTo("text")).body("charset", equalTo("UTF-8"));
        assertEquals(text, storedText(r));
        asReviewer().get(r.header("Location")).then().body("outlet", equalTo("Plain Daily")).body("published", equalTo("2024-05-29"));
    }

    @Test
    void emptyWhitespaceAndShortTextsAreRefusedSayingWhy() {
        post("text/plain", new byte[0], "").then().statusCode(400).body("error", equalTo("invalid text"));
        post("text/plain", " \n\t \n".getBytes(StandardCharsets.UTF_8), "").then().statusCode(400).body("detail", containsString("empty"));
        asAdmin().contentType("application/json").body(Map.of("text", "   ")).post("/api/articles").then().statusCode(400);
        post("text/plain", "Iran signed 3 agreements with Bolivia.".getBytes(StandardCharsets.UTF_8), "")
                .then().statusCode(400).body("detail", containsString("at least 200"));
    }

    @Test
    void overFiveMegabytesIs413() {
        byte[] big = new byte[Intake.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        post("text/plain", big, "").then().statusCode(413).body("error", equalTo("too large")).body("detail", containsString("5 MB"));
    }

    @Test
    void bodiesThatAreNotTextAre415NamingWhatTheyAre() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        post("application/pdf", pdf, "").then().statusCode(415).body("detail", containsString("PDF"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        post("application/octet-stream", png, "").then().statusCode(415).body("detail", containsString("PNG"));
        byte[] nul = (story() + "\u0000tail").getBytes(StandardCharsets.UTF_8);
        post("text/plain", nul, "").then().statusCode(415).body("detail", containsString("NUL"));
        byte[] noise = new byte[400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + i % 0x7F);
        }
        post("text/plain", noise, "").then().statusCode(415).body("detail", containsString("UTF-8"))
                .body("detail", containsString("Windows-1252"));
    }

    @Test
    void windows1252IsDecodedAndSaysSo() {
        String text = story().replace("officials said", "the caf\u00e9 owner said \u201cyes\u201d");
        Response r = post("text/plain", text.getBytes(java.nio.charset.Charset.forName("windows-1252")), "");
        r.then().statusCode(201).body("charset", equalTo("windows-1252"));
        assertEquals(text, storedText(r));
    }

    @Test
    void theSameBytesAgainAre409WithTheStoredArticle() {
        byte[] bytes = story().getBytes(StandardCharsets.UTF_8);
        String first = post("text/plain", bytes, "").then().statusCode(201).extract().header("Location");
        post("text/plain", bytes, "").then().statusCode(409).header("Location", equalTo(first))
                .body("detail", containsString(first.substring(first.lastIndexOf('/') + 1)));
    }

    @Test
    void theSameBodyThroughAnotherSiteIsARepostOfTheFirstAndOneOrigin() {
        String name = TestArticles.uniqueName();
        String body = "Gabriel " + name + " and the envoy Omar " + name + " signed 23 mining agreements in Maracaibo on Friday.\n\n"
                + "The ministry of " + name + " said the agreements cover lithium and coltan deposits in the state of Zulia.\n\n"
                + "Work on the first " + name + " concession is due to start in March 2026, the ministry added.\n";
        Response original = post("text/plain", body.getBytes(StandardCharsets.UTF_8), "?outlet=First Site " + UUID.randomUUID());
        original.then().statusCode(201).body("repostOf", nullValue());
        long originalId = original.jsonPath().getLong("id");
        String copied = "Share this article\n\n" + body + "\nRead more: other stories from our partners\n";
        Response repost = post("text/plain", copied.getBytes(StandardCharsets.UTF_8), "?outlet=Copy Site " + UUID.randomUUID());
        repost.then().statusCode(201).body("repostOf", equalTo((int) originalId));
        TestMatching.waitUntilLinked();

        int claim = asReviewer().get("/api/claims?article=" + repost.jsonPath().getLong("id") + "&q=23 mining agreements")
                .then().extract().path("items[0].id");
        io.restassured.path.json.JsonPath detail = asReviewer().get("/api/claims/" + claim).then().statusCode(200).extract().jsonPath();
        assertTrue(detail.getString("corroboration.summary").startsWith("Reported by 2 outlets from 1 independent origin,"),
                detail.getString("corroboration.summary") + " " + detail.getString("text") + " " + detail.getList("relations"));
    }

    @Test
    void badFieldsAre400NamingTheField() {
        byte[] bytes = story().getBytes(StandardCharsets.UTF_8);
        post("text/plain", bytes, "?published=29/05/2024").then().statusCode(400).body("error", equalTo("invalid published"));
        post("text/plain", bytes, "?outlet=X&outletStance=FRIENDLY").then().statusCode(400).body("error", equalTo("invalid outletStance"));
        post("text/plain", bytes, "?url=ftp://example.org/a").then().statusCode(400).body("error", equalTo("invalid url"));
        post("text/plain", bytes, "?url=javascript:alert(1)").then().statusCode(400).body("error", equalTo("invalid url"));
        asAdmin().contentType("application/json").body(Map.of("text", story(), "published", "yesterday"))
                .post("/api/articles").then().statusCode(400).body("error", equalTo("invalid published"));
        assertFalse(importer.isStored(new String(bytes, StandardCharsets.UTF_8)), "a refused import stores nothing");
    }

    @Test
    void aStatedOutletStanceIsSetOnTheOutlet() {
        String outlet = TestArticles.uniqueOutlet("Stance Times");
        asAdmin().contentType("application/json").body(Map.of("text", story(), "outlet", outlet, "outletStance", "critical"))
                .post("/api/articles").then().statusCode(201);
        asReviewer().get("/api/claims?outlet=" + outlet).then().body("items[0].outletStance", equalTo("CRITICAL"))
                .body("items[0].outletStanceSuggested", equalTo(false));
    }

    @Test
    void theHistoryNamesWhoImportedAndTheOutletStanceAnImportReplaced() {
        String outlet = TestArticles.uniqueOutlet("Stance Ledger");
        String first = TestUsers.newUser("editor");
        String second = TestUsers.newUser("editor");
        Response firstImport = TestUsers.as(first).contentType("application/json")
                .body(Map.of("text", story(), "outlet", outlet, "outletStance", "critical")).post("/api/articles");
        firstImport.then().statusCode(201);
        long firstId = firstImport.jsonPath().getLong("id");
        long secondId = TestUsers.as(second).contentType("application/json")
                .body(Map.of("text", story(), "outlet", outlet, "outletStance", "favourable"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        List<Map<String, Object>> imports = asAdmin().get("/api/history?action=ARTICLE_IMPORTED&size=20")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> byFirst = entryFor(imports, firstId);
        Map<String, Object> bySecond = entryFor(imports, secondId);
        assertEquals(first, byFirst.get("actor"));
        assertTrue(String.valueOf(byFirst.get("after")).contains("\"outletStance\":\"CRITICAL\""), byFirst.toString());
        assertTrue(String.valueOf(byFirst.get("after")).contains("\"claims\":" + firstImport.jsonPath().getLong("claims")),
                byFirst.toString());
        assertEquals(second, bySecond.get("actor"));
        assertEquals("{\"outletStance\":\"CRITICAL\",\"stanceConfirmed\":true}", bySecond.get("before"),
                "the stance the first editor set is kept in the history when the second import replaces it");
        assertTrue(String.valueOf(bySecond.get("after")).contains("\"outletStance\":\"FAVOURABLE\""), bySecond.toString());

        String page = TestUsers.as(first).get("/articles/" + secondId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("History (1)") && page.contains(second) && page.contains("Article imported"),
                "the article page shows who imported it");
    }

    private static Map<String, Object> entryFor(List<Map<String, Object>> entries, long articleId) {
        return entries.stream().filter(e -> ((Number) e.get("articleId")).longValue() == articleId).findFirst()
                .orElseThrow(() -> new AssertionError("no ARTICLE_IMPORTED entry for article " + articleId + " in " + entries));
    }

    @Test
    void htmlWithScriptsAndHandlersIsStoredAsCleanText() {
        String html = "<html><head><title>Deal signed</title><script>alert('x')</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<p onclick=\"steal()\">" + story().replace("\n\n", "</p><p>") + "</p>"
                + "<img src=x onerror=\"alert(2)\"><a href=\"javascript:evil()\">click</a></body></html>";
        Response r = post("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), "");
        r.then().statusCode(201).body("format", equalTo("html"));
        String text = storedText(r);
        for (String bad : new String[] {"<", "script", "alert", "steal", "onerror", "javascript", "Home"}) {
            assertFalse(text.contains(bad), "stored text contains " + bad + ": " + text);
        }
        assertTrue(text.contains("14 energy agreements"), text);
        asReviewer().get(r.header("Location")).then().body("title", equalTo("Deal signed"))
                .body("titleEvidence", containsString("title"));
    }

    @Test
    void aNewsPageWithNavigationScriptsAndCommentsImportsAsItsArticle() throws IOException {
        byte[] page;
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/intake/news-page.html")) {
            page = in.readAllBytes();
        }
        Response r = post("text/html", page, "");
        r.then().statusCode(201).body("claims", greaterThan(0));
        String text = storedText(r);
        assertTrue(text.startsWith("Port strike ends after 11 days\n\nDock workers at the Port of Eastbay voted"), text);
        assertTrue(text.endsWith("who runs a haulage firm near the terminal."), text);
        for (String chrome : new String[] {"Load more", "dockfan", "Accept", "Tweet", "Weather"}) {
            assertFalse(text.contains(chrome), chrome);
        }
        asReviewer().get(r.header("Location")).then().body("published", equalTo("2024-03-14"));
    }

    @Test
    void aMarkdownFileSentAsItIsIsReadAsText() {
        String md = "# Energy deal\n\n" + story().replace("Venezuela and Iran", "**Venezuela** and [Iran](https://example.org)");
        Response r = post("application/octet-stream", md.getBytes(StandardCharsets.UTF_8), "?filename=deal.md&outlet=Markdown Weekly");
        r.then().statusCode(201).body("format", equalTo("markdown")).body("claims", greaterThan(0));
        String text = storedText(r);
        assertTrue(text.startsWith("Energy deal\n\nVenezuela and Iran signed"), text);
    }

    @Test
    void aReviewerMayNotImport() {
        asReviewer().contentType("text/plain").body(story()).post("/api/articles").then().statusCode(403);
    }

    @Test
    void noBadInputAnswersWithAServerError() {
        for (String type : new String[] {"text/plain", "text/html", "application/octet-stream", "image/png", "application/pdf"}) {
            post(type, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}, "").then()
                    .statusCode(not(greaterThan(499))).body(not(containsString("Exception")));
        }
    }
}
