package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;

import io.claimdesk.article.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/articles} with a link alone: the desk fetches the page (here from a site on 127.0.0.1, which the
 * tests' configuration allows) and imports it like an uploaded page, with what the page says about itself.
 */
@QuarkusTest
class LinkImportTest {

    static LinkSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new LinkSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static final String JSON_LD = """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Caracas and Tehran sign 14 energy agreements",
             "author": [{"@type": "Person", "name": "Marta Quiroga"}],
             "datePublished": "2024-03-08T09:15:00-04:00",
             "publisher": {"@type": "NewsMediaOrganization", "name": "The Harbour Ledger"}}
            </script>""";

    static String link(String path) {
        return "{\"url\": \"" + site.url(path) + "\"}";
    }

    static long storedFrom(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Article.count("url like ?1", prefix + "%"));
    }

    @Test
    void aLinkAloneImportsThePageWithWhatItSaysAboutItself() {
        String canonical = site.url("/2024/03/energy-deal");
        site.page("/share/energy", "text/html; charset=utf-8", LinkSite.newsPage(
                "<title>Energy | Ledger</title><link rel=\"canonical\" href=\"" + canonical + "\">" + JSON_LD,
                ImportApiTest.story()));
        String location = asAdmin().contentType("application/json").body(link("/share/energy?utm_source=feed"))
                .post("/api/articles").then().statusCode(201)
                .body("format", equalTo("html")).body("charset", equalTo("UTF-8"))
                .extract().header("Location");
        asReviewer().get(location).then().statusCode(200)
                .body("url", equalTo(canonical))
                .body("title", equalTo("Caracas and Tehran sign 14 energy agreements"))
                .body("titleEvidence", equalTo("JSON-LD headline"))
                .body("author", equalTo("Marta Quiroga"))
                .body("authorEvidence", equalTo("JSON-LD author"))
                .body("published", equalTo("2024-03-08"))
                .body("publishedEvidence", containsString("JSON-LD datePublished"))
                .body("outlet", equalTo("The Harbour Ledger"))
                .body("outletEvidence", equalTo("JSON-LD publisher"))
                .body("text", containsString("Venezuela and Iran signed 14 energy agreements"));
    }

    @Test
    void withoutACanonicalLinkTheArticleIsWhereTheFetchEndedWithoutTrackingParameters() {
        site.page("/plain/story", "text/plain; charset=utf-8", ImportApiTest.story());
        String location = asAdmin().contentType("application/json")
                .body(link("/plain/story?id=7&utm_medium=social&fbclid=abc#top"))
                .post("/api/articles").then().statusCode(201).body("format", equalTo("text")).extract().header("Location");
        asReviewer().get(location).then().body("url", equalTo(site.url("/plain/story?id=7")));
    }

    @Test
    void theBytesFetchedAreKeptAndDownloadedAsTheSiteSentThem() throws Exception {
        // Windows-1252 bytes: the snapshot is what the site sent, not the text the desk decoded from it.
        byte[] sent = LinkSite.newsPage("<title>Caf\u00e9 prices</title>" + JSON_LD, ImportApiTest.story()
                + "\n\nThe caf\u00e9 owners' association said prices rose 12 per cent.").replace("utf-8", "windows-1252")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        site.page("/cafe", 200, "text/html; charset=windows-1252", sent, Map.of("ETag", "\"v1\""));
        String location = asAdmin().contentType("application/json").body(link("/cafe")).post("/api/articles")
                .then().statusCode(201).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(sent));

        String page = asReviewer().get("/articles/" + id).then().statusCode(200).extract().asString();
        assertThat(page, allOf(containsString("As fetched on"), containsString(site.url("/cafe")),
                containsString("SHA-256 " + sha256), containsString("/articles/" + id + "/snapshots/1")));

        io.restassured.response.Response download = asReviewer().get("/articles/" + id + "/snapshots/1");
        download.then().statusCode(200)
                .header("Content-Type", containsString("text/html"))
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertThat(download.headers().getValues("Content-Security-Policy"), hasItem(containsString("sandbox")));
        byte[] got = download.asByteArray();
        assertArrayEquals(sent, got);
        assertEquals(sha256, java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(got)));
        asReviewer().get("/articles/" + id + "/snapshots/2").then().statusCode(404);
    }

    /** Posts the import page's link form as an editor would, with the page's token and cookie. */
    static io.restassured.response.Response submitLink(String url) {
        io.restassured.response.Response page = asAdmin().get("/articles/new");
        page.then().statusCode(200).body(containsString("id=\"link-form\""));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.asString());
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "the form carries a CSRF token");
        return asAdmin().redirects().follow(false).cookies(page.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", m.group(1)).formParam("url", url).post("/articles/new/link");
    }

    @Test
    void theImportPageImportsFromALinkThenOpensTheArticle() {
        site.page("/form/story", "text/html; charset=utf-8", LinkSite.newsPage(JSON_LD, ImportApiTest.story()));
        io.restassured.response.Response saved = submitLink(site.url("/form/story"));
        saved.then().statusCode(303).header("Location", containsString("/articles/"));
        asReviewer().get(saved.header("Location")).then().statusCode(200)
                .body(containsString("Article imported"))
                .body(containsString("Caracas and Tehran sign 14 energy agreements"))
                .body(containsString("As fetched on"));
    }

    @Test
    void aLinkTheDeskCannotUseIsShownBesideTheFieldWithWhatToDo() {
        site.page("/form/gone", 404, "text/html", new byte[0], Map.of());
        submitLink(site.url("/form/gone")).then().statusCode(422)
                .body(containsString("This link cannot be imported (upstream error)"))
                .body(containsString("id=\"link-error\""))
                .body(containsString("404"))
                .body(containsString("value=\"" + site.url("/form/gone") + "\""));
        assertEquals(0, storedFrom(site.url("/form/gone")));

        submitLink("ftp://files.example/story.txt").then().statusCode(400)
                .body(containsString("id=\"link-error\""))
                .body(containsString("value=\"ftp://files.example/story.txt\""));
    }

    @Test
    void theSameStoryLinkedAgainIsTheStoredArticleWhateverTrackingTheLinkCarries() {
        // Each fetch reads a different text (the site shows a fresh story reference): only the link tells them apart.
        String canonical = site.url("/2024/05/port-strike");
        site.changing("/amp/port-strike", "text/html; charset=utf-8", () -> LinkSite.newsPage(
                "<link rel=\"canonical\" href=\"" + canonical + "?utm_campaign=amp\">" + JSON_LD, ImportApiTest.story()));
        String first = asAdmin().contentType("application/json").body(link("/amp/port-strike?utm_source=twitter"))
                .post("/api/articles").then().statusCode(201).extract().header("Location");
        asAdmin().contentType("application/json").body(link("/amp/port-strike?fbclid=IwAR0x&gclid=Cj0K"))
                .post("/api/articles").then().statusCode(409)
                .header("Location", org.hamcrest.Matchers.endsWith(first.substring(first.indexOf("/api/"))))
                .body("detail", containsString("already stored"));

        site.changing("/bare/ferry", "text/plain; charset=utf-8", ImportApiTest::story);
        String bare = asAdmin().contentType("application/json").body(link("/bare/ferry?utm_medium=email"))
                .post("/api/articles").then().statusCode(201).extract().header("Location");
        asAdmin().contentType("application/json").body(link("/bare/ferry?gclid=abc#comments"))
                .post("/api/articles").then().statusCode(409)
                .header("Location", org.hamcrest.Matchers.endsWith(bare.substring(bare.indexOf("/api/"))));
        assertEquals(1, storedFrom(canonical));
        assertEquals(1, storedFrom(site.url("/bare/ferry")));
    }

    @Test
    void aPageMissingUpstreamIsRefusedAndNothingIsStored() {
        site.page("/gone", 404, "text/html", LinkSite.newsPage(JSON_LD, ImportApiTest.story()).getBytes(), Map.of());
        asAdmin().contentType("application/json").body(link("/gone")).post("/api/articles").then()
                .statusCode(422).body("error", equalTo("upstream error")).body("detail", containsString("404"));
        assertEquals(0, storedFrom(site.url("/gone")));
    }
}
