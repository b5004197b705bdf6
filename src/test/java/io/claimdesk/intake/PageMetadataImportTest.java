package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A page imported through {@code POST /api/articles} keeps the headline, byline, date and outlet it states about
 * itself, in the shapes news sites write them (JSON-LD with {@code @graph}, OpenGraph only, bare HTML), and each
 * value says which tag it came from.
 */
@QuarkusTest
class PageMetadataImportTest {

    /** The page's head, then a story of its own (a fresh reference, so no two tests import the same text). */
    private static String page(String head) {
        return "<!doctype html><html><head>" + head + "</head><body><nav>Home World Sport</nav><article><p>"
                + ImportApiTest.story().strip().replace("\n\n", "</p><p>") + "</p></article></body></html>";
    }

    private static String ldJson(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    /** Imports the page as an HTML body and answers the stored article as the API shows it. */
    private static ValidatableResponse imported(String html) {
        String location = asAdmin().contentType("text/html; charset=utf-8").body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().statusCode(201).extract().header("Location");
        return asReviewer().get(location).then().statusCode(200);
    }

    @Test
    void aNewsArticleInAGraphGivesItsHeadlinePersonAuthorOwnDayAndPublisher() {
        String graph = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "https://southgazette.example/#site", "name": "Gazette site"},
                  {"@type": "NewsMediaOrganization", "@id": "https://southgazette.example/#org", "name": "The South Gazette"},
                  {"@type": "Person", "@id": "https://southgazette.example/#/schema/person/41", "name": "Lucia Ferraz",
                   "url": "https://southgazette.example/staff/lucia-ferraz"},
                  {"@type": "WebPage", "@id": "https://southgazette.example/2024/03/energy-deal", "name": "Energy deal | Gazette"},
                  {"@type": "NewsArticle", "@id": "https://southgazette.example/2024/03/energy-deal#article",
                   "mainEntityOfPage": {"@id": "https://southgazette.example/2024/03/energy-deal"},
                   "headline": "Caracas and Tehran sign 14 energy agreements",
                   "author": {"@id": "https://southgazette.example/#/schema/person/41"},
                   "publisher": {"@id": "https://southgazette.example/#org"},
                   "datePublished": "2024-03-08T23:30:00-03:00", "dateModified": "2024-03-09T10:00:00-03:00"}
                ]}""";
        // The tags say the same in other words: JSON-LD is read first, and its time keeps the page's own day,
        // where the UTC time in article:published_time is already the next one.
        imported(page("<title>Energy deal | Gazette</title>"
                + "<meta property=\"og:title\" content=\"Energy deal signed\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-09T02:30:00Z\">"
                + "<meta name=\"author\" content=\"Gazette staff\">"
                + "<link rel=\"canonical\" href=\"https://southgazette.example/2024/03/energy-deal\">" + ldJson(graph)))
                .body("title", equalTo("Caracas and Tehran sign 14 energy agreements"))
                .body("titleEvidence", equalTo("JSON-LD headline"))
                .body("author", equalTo("Lucia Ferraz"))
                .body("authorEvidence", equalTo("JSON-LD author"))
                .body("published", equalTo("2024-03-08"))
                .body("publishedEvidence", equalTo("JSON-LD datePublished: 2024-03-08T23:30:00-03:00"))
                .body("outlet", equalTo("The South Gazette"))
                .body("outletEvidence", equalTo("JSON-LD publisher"));
    }

    @Test
    void anAuthorArrayIsJoinedInOrderWithoutThePublisherCreditedBesideThem() {
        String blocks = ldJson("""
                [{"@context": "https://schema.org", "@type": "WebSite", "name": "Valley Post"},
                 {"@context": "https://schema.org", "@type": ["NewsArticle", "ReportageNews"],
                  "headline": "Drones over the border",
                  "author": [{"@type": "Person", "name": "Tomás Ibarra"}, "Nadia Corvo",
                             {"@type": "Organization", "name": "Valley Post"}],
                  "publisher": {"@type": "Organization", "name": "Valley Post"},
                  "datePublished": "2024-04-02"}]""");
        imported(page("<meta property=\"og:site_name\" content=\"The Valley Post\">" + blocks))
                .body("author", equalTo("Tomás Ibarra, Nadia Corvo"))
                .body("authorEvidence", equalTo("JSON-LD author"))
                .body("published", equalTo("2024-04-02"))
                .body("outlet", equalTo("The Valley Post"))
                .body("outletEvidence", equalTo("og:site_name"));
    }

    @Test
    void theOutletCreditedAsAuthorIsNoBylineAndAnUnreadableDateFallsToTheNextTag() {
        String article = ldJson("""
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Passports for sale",
                 "author": {"@type": "Organization", "name": "Northern Ledger"},
                 "publisher": {"@type": "Organization", "name": "Northern Ledger"},
                 "datePublished": "8 de marzo de 2024"}""");
        imported(page("<meta property=\"article:published_time\" content=\"2024-03-07T18:00:00+01:00\">" + article))
                .body("author", nullValue())
                .body("published", equalTo("2024-03-07"))
                .body("publishedEvidence", equalTo("article:published_time: 2024-03-07T18:00:00+01:00"))
                .body("outlet", equalTo("Northern Ledger"));
    }

    @Test
    void ofSeveralArticlesTheOneThatIsThisPageIsRead() {
        String related = ldJson("""
                {"@type": "NewsArticle", "headline": "Yesterday: ferry timetable changes",
                 "mainEntityOfPage": "https://coastline.example/2024/05/ferries", "datePublished": "2024-05-01"}""");
        String own = ldJson("""
                {"@type": "NewsArticle", "headline": "Trade deficit narrows to 2.1%",
                 "mainEntityOfPage": {"@type": "WebPage", "@id": "https://coastline.example/2024/05/trade/"},
                 "datePublished": "2024-05-20T07:00:00+02:00"}""");
        imported(page("<link rel=\"canonical\" href=\"https://coastline.example/2024/05/trade\">" + related + own))
                .body("title", equalTo("Trade deficit narrows to 2.1%"))
                .body("published", equalTo("2024-05-20"));
    }

    @Test
    void malformedJsonLdIsPassedOverForTheOtherTags() {
        String broken = ldJson("{\"@type\": \"NewsArticle\", \"headline\": \"Half a headline, \"author\": ");
        imported(page(broken + "<meta property=\"og:title\" content=\"Ferry fares rise 12%\">"
                + "<meta name=\"author\" content=\"Priya Nair\">"
                + "<meta property=\"article:published_time\" content=\"2024-06-11T08:00:00Z\">"))
                .body("title", equalTo("Ferry fares rise 12%"))
                .body("titleEvidence", equalTo("og:title"))
                .body("author", equalTo("Priya Nair"))
                .body("published", equalTo("2024-06-11"));
    }

    @Test
    void aPageWithOnlyOpenGraphSaysWhichTagGaveEachValue() {
        imported(page("<title>Harbour reopens – Bay Chronicle</title>"
                + "<meta property=\"og:title\" content=\"Harbour reopens after storm\">"
                + "<meta property=\"og:site_name\" content=\"Bay Chronicle\">"
                + "<meta property=\"article:author\" content=\"https://www.facebook.com/baychronicle\">"
                + "<meta name=\"author\" content=\"Ken Adeyemi\">"
                + "<meta property=\"article:published_time\" content=\"2024-07-30T21:15:00-05:00\">"))
                .body("title", equalTo("Harbour reopens after storm"))
                .body("titleEvidence", equalTo("og:title"))
                .body("author", equalTo("Ken Adeyemi"))
                .body("authorEvidence", equalTo("meta name=author"))
                .body("published", equalTo("2024-07-30"))
                .body("publishedEvidence", equalTo("article:published_time: 2024-07-30T21:15:00-05:00"))
                .body("outlet", equalTo("Bay Chronicle"))
                .body("outletEvidence", equalTo("og:site_name"));
    }

    @Test
    void bareHtmlStatesNothingAboutItselfAndNothingIsCreditedToIt() {
        imported(page(""))
                .body("author", nullValue())
                .body("published", nullValue())
                .body("outlet", nullValue())
                .body("titleEvidence", anyOf(nullValue(), allOf(not(containsString("JSON-LD")), not(containsString("og:")),
                        not(containsString("meta ")), not(containsString("title tag")))));
    }
}
