package io.claimdesk.dashboard;

import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asReviewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard shows what the claim list holds, and each number opens exactly the claims it counts. */
@QuarkusTest
class DashboardTest {

    /** More articles than any other test gives one outlet, so the test's outlet is among the charted top 15. */
    private static final int ARTICLES_OF_BUSY_OUTLET = 8;

    @Inject
    TestArticles articles;

    @Inject
    StatementCounter statements;

    static String dashboard() {
        return asReviewer().get("/dashboard").then().statusCode(200).contentType(ContentType.HTML).extract().asString();
    }

    /** The API's list for these parameters, given as the page writes them (encoded) or as typed. */
    static JsonPath claims(String query) {
        return asReviewer().urlEncodingEnabled(false).get("/api/claims?size=200&" + query.replace(" ", "+"))
                .then().statusCode(200).extract().jsonPath();
    }

    /** The page's link as a browser follows it: attribute escaping undone. */
    static String href(String escaped) {
        return escaped.replace("&amp;", "&");
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The data-table number linked to exactly this list URL (as it stands in the page, escaped). */
    static long linkedNumber(String page, String escapedHref) {
        Matcher m = Pattern.compile("<a href=\"" + Pattern.quote(escapedHref) + "\"[^>]*>(?:<strong[^>]*>)?(\\d+)<").matcher(page);
        assertTrue(m.find(), "the page links a number to " + escapedHref);
        return Long.parseLong(m.group(1));
    }

    static void verdict(String reviewer, long claimId, String verdict) {
        as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict, "rationale", "Checked against the ministry's release.", "attribution", "ACCURATE"))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);
    }

    @Test
    void anOutletsBarCountsItsClaimsPerStatusAndEachSegmentListsExactlyThem() {
        String outlet = TestArticles.uniqueOutlet("Dashboard Outlet");
        for (int i = 0; i < ARTICLES_OF_BUSY_OUTLET; i++) {
            articles.create(outlet, LocalDate.of(2022, 3, 1 + i), TestArticles.DRONES, TestArticles.PASSPORTS, TestArticles.TRADE);
        }
        List<Integer> ids = claims("outlet=" + encoded(outlet)).getList("items.id");
        int total = ids.size();
        assertTrue(total >= ARTICLES_OF_BUSY_OUTLET * 2, "the articles drew their claims: " + total);
        String reviewer = TestUsers.newUser("reviewer");
        verdict(reviewer, ids.get(0), "CORROBORATED");
        verdict(reviewer, ids.get(1), "CORROBORATED");
        verdict(reviewer, ids.get(2), "CONTESTED");

        String page = dashboard();
        assertTrue(page.contains(">" + outlet + "<"), "the outlet has a bar");
        assertTrue(page.contains(total + " claims: " + (total - 3) + " unreviewed, 2 corroborated, 1 contested"),
                "the bar says its numbers in words");
        String outletParam = "outlet=" + encoded(outlet);
        assertEquals(total - 3, linkedNumber(page, "/?status=UNREVIEWED&amp;" + outletParam));
        assertEquals(2, linkedNumber(page, "/?status=CORROBORATED&amp;" + outletParam));
        assertEquals(1, linkedNumber(page, "/?status=CONTESTED&amp;" + outletParam));
        assertTrue(page.contains("<a href=\"/?" + outletParam + "\""), "the outlet's name opens all its claims");

        String contested = asReviewer().urlEncodingEnabled(false).get(href("/?status=CONTESTED&amp;" + outletParam))
                .then().statusCode(200).extract().asString();
        assertTrue(contested.contains("<strong>1</strong> claim match"), "the segment's link lists one claim");
        assertTrue(contested.contains("href=\"/claims/" + ids.get(2) + "\""));
        assertEquals(Set.of(ids.get(0), ids.get(1)), Set.copyOf(claims("outlet=" + encoded(outlet) + "&status=CORROBORATED")
                .getList("items.id")));
    }

    @Test
    void claimsWithoutADateAreCountedApartAndTheTimeLineLinksADateRange() {
        String outlet = TestArticles.uniqueOutlet("Undated Outlet");
        String before = dashboard();
        long undatedBefore = undatedCount(before);
        Article undated = articles.create(outlet, null, TestArticles.PASSPORTS, TestArticles.DRONES);
        assertNull(undated.published, "no date given and none in the text");
        int undatedClaims = claims("outlet=" + encoded(outlet)).getInt("total");
        LocalDate day = LocalDate.of(2021, 10, 12);
        String dated = TestArticles.uniqueOutlet("Dated Outlet");
        articles.create(dated, day, TestArticles.DRONES, TestArticles.TRADE);
        int datedClaims = claims("outlet=" + encoded(dated)).getInt("total");
        long bucketBefore = bucketHolding(before, day).count;

        String page = dashboard();
        assertEquals(undatedBefore + undatedClaims, undatedCount(page));
        assertTrue(page.contains("no published date"));
        assertEquals(undatedCount(page), claims("undated=true").getInt("total"), "the link lists every undated claim");
        assertEquals(undatedClaims, claims("undated=true&outlet=" + encoded(outlet)).getInt("total"));

        Bucket bucket = bucketHolding(page, day);
        assertEquals(bucketBefore + datedClaims, bucket.count, "the new claims land in the bucket of their date");
        assertEquals(bucket.count, claims(bucket.query).getInt("total"), "the bucket's link lists exactly its claims");
        assertEquals(datedClaims, claims(bucket.query + "&outlet=" + encoded(dated)).getInt("total"));
    }

    @Test
    void theStanceMatrixCountsOutletStanceAgainstClaimStance() {
        String editor = TestUsers.newUser("editor");
        String cell = "/?stance=DISPUTES&amp;outletStance=CRITICAL";
        long cellBefore = linkedNumber(dashboard(), cell);
        String outlet = TestArticles.uniqueOutlet("Critical Outlet");
        Article article = articles.create(outlet, LocalDate.of(2023, 2, 2), TestArticles.PASSPORTS, TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).then().statusCode(200).extract().header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("outletStance", "CRITICAL"))
                .patch("/api/articles/" + article.id).then().statusCode(200);
        long disputing = claims("outlet=" + encoded(outlet) + "&stance=DISPUTES").getInt("total");
        assertTrue(disputing >= 1, "'allegedly' makes the passports claim a disputing one");

        String page = dashboard();
        long cellNow = linkedNumber(page, cell);
        assertEquals(cellBefore + disputing, cellNow);
        assertTrue(page.contains("class=\"heat heat-"), "the cells are shaded");
        assertEquals(cellNow, claims(href("stance=DISPUTES&amp;outletStance=CRITICAL")).getInt("total"),
                "the cell's link lists exactly its claims");
        assertEquals(disputing, claims("outletStance=CRITICAL&stance=DISPUTES&outlet=" + encoded(outlet)).getInt("total"));
    }

    @Test
    void queuesAndTopicsCountWhatTheirLinksList() {
        articles.create(TestArticles.uniqueOutlet("Topic Outlet"), LocalDate.of(2020, 5, 5), TestArticles.DRONES, TestArticles.PASSPORTS);
        String page = dashboard();
        assertEquals(claims("status=UNREVIEWED").getInt("total"), linkedNumber(page, "/queue?queue=unreviewed"));
        assertEquals(claims("disputed=true").getInt("total"), linkedNumber(page, "/queue?queue=disputed"));
        assertEquals(claims("reviewersDisagree=true").getInt("total"), linkedNumber(page, "/queue?queue=disagree"));
        assertEquals(claims("status=UNREVIEWED&disputed=true").getInt("total"),
                linkedNumber(page, "/?status=UNREVIEWED&amp;disputed=true"));

        long disputed = linkedNumber(page, "/?topic=passports_identity&amp;disputed=true");
        assertEquals(claims("topic=passports_identity&disputed=true").getInt("total"), disputed);
        long all = claims("topic=passports_identity").getInt("total");
        assertTrue(page.contains(disputed + " of " + all + " disputed (" + Math.round(100.0 * disputed / all) + "%)"));
    }

    @Test
    void theChartsAreNamedRegionsWithWordsAndPatternsBesideTheirColours() {
        articles.create(TestArticles.uniqueOutlet("Pattern Outlet"), LocalDate.of(2020, 5, 5), TestArticles.DRONES);
        String page = dashboard();
        for (String chart : List.of("chart-outlets", "chart-time", "chart-topics")) {
            assertTrue(page.contains("role=\"region\" aria-labelledby=\"" + chart + "-title\" aria-describedby=\"" + chart
                    + "-desc\""), chart);
            assertTrue(page.contains("<title id=\"" + chart + "-title\">"), chart);
            assertTrue(page.contains("<desc id=\"" + chart + "-desc\">"), chart);
        }
        for (String pattern : List.of("unreviewed", "corroborated", "contested", "disputed")) {
            assertTrue(page.contains("<pattern id=\"pattern-" + pattern + "\""), pattern);
        }
        assertTrue(page.contains("unreviewed (dots)") && page.contains("corroborated (hatch)") && page.contains("contested (cross)"),
                "the legend names each pattern");
        assertTrue(page.contains("<caption>Claims per outlet by review status: the numbers, each linked to its claims</caption>"));
    }

    @Test
    void aSpanishPageWordsItsChartsInSpanishAndTheEnglishOneIsUnchanged() {
        String outlet = TestArticles.uniqueOutlet("Bilingual Outlet");
        articles.create(outlet, LocalDate.of(2022, 4, 4), TestArticles.DRONES, TestArticles.PASSPORTS);
        String reader = TestUsers.newUser("reviewer");

        String spanish = as(reader).header("Accept-Language", "es").get("/dashboard").then().statusCode(200).extract().asString();
        assertTrue(spanish.contains("<title id=\"chart-outlets-title\">Afirmaciones por medio según su estado de revisión</title>"));
        assertTrue(spanish.contains("<title id=\"chart-topics-title\">Temas por proporción de afirmaciones cuestionadas</title>"));
        assertTrue(spanish.contains("<title id=\"chart-time-title\">Afirmaciones por "), "the time chart's title");
        assertTrue(spanish.contains("Cuestionadas, aún sin revisar"), "the tile of disputed claims nobody reviewed");
        assertTrue(spanish.contains("sin revisar (puntos)"), "the legend");
        for (String english : List.of("Claims per ", "No outlet has claims", "outlets with most claims", "published date",
                "oldest first", "Each topic's claims", "Disputed, not yet reviewed", "allegations and denials",
                " claims: ", " claims of ", " not disputed", " disputed (", " outlets<", ">Outlet<", ">Month<", ">Year<",
                ">Topic<", ">before ", ">after ", "unreviewed (dots)")) {
            assertTrue(!spanish.contains(english), "the Spanish page says '" + english + "'");
        }
        assertTrue(!Pattern.compile(">(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}<").matcher(spanish).find(),
                "months are named in Spanish");

        String english = as(reader).header("Accept-Language", "en").get("/dashboard").then().statusCode(200).extract().asString();
        assertTrue(english.contains("<title id=\"chart-outlets-title\">Claims per outlet by review status</title>"));
        assertTrue(english.contains("<title id=\"chart-topics-title\">Topics by share of disputed claims</title>"));
        assertTrue(english.contains(" outlets with most claims, most first; each bar split into unreviewed, corroborated, contested claims.</desc>"));
        assertTrue(english.contains("Disputed, not yet reviewed") && english.contains("allegations and denials no reviewer has judged"));
        assertTrue(english.contains("<th scope=\"col\">Outlet</th>") && english.contains("<th scope=\"col\">Topic</th>"));
        assertTrue(english.contains("unreviewed (dots)") && english.contains("<th scope=\"col\">not disputed</th>"));
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithOutletsOrClaims() {
        // Each import moves the desk's revision, so neither count below can come from the counted dashboard kept.
        articles.create(TestArticles.uniqueOutlet("Counted Outlet"), LocalDate.of(2018, 1, 1), TestArticles.TRADE);
        long before = statements.forGet("/dashboard");
        for (int i = 0; i < 3; i++) {
            articles.create(TestArticles.uniqueOutlet("Counted Outlet"), LocalDate.of(2019, 1 + i, 1),
                    TestArticles.DRONES, TestArticles.PASSPORTS, TestArticles.TRADE);
        }
        long after = statements.forGet("/dashboard");
        assertEquals(before, after);
        assertTrue(after <= 13, "sign-in check + revision + 4 queue counts + 3 outlet + time + matrix + topics, got " + after);
        assertEquals(2, statements.forGet("/dashboard"), "unchanged desk: the sign-in check and the revision only");
    }

    @Test
    void anyoneSignedInSeesItAndAnonymousPeopleAreSentToSignIn() {
        given().redirects().follow(false).get("/dashboard").then().statusCode(303).header("Location", containsString("/login"));
        asReviewer().get("/").then().statusCode(200).body(containsString("<a href=\"/dashboard\">Dashboard</a>"));
        as(TestUsers.newUser("reviewer")).get("/dashboard").then().statusCode(200).body(containsString("<h1>Dashboard</h1>"));
    }

    static long undatedCount(String page) {
        Matcher m = Pattern.compile("<a href=\"/\\?undated=true\"><strong>(\\d+)</strong>").matcher(page);
        assertTrue(m.find(), "the page counts the undated claims");
        return Long.parseLong(m.group(1));
    }

    /** A time-line bucket: its claim-list query and its count, from the data table. */
    record Bucket(String query, long count) {
    }

    static Bucket bucketHolding(String page, LocalDate day) {
        Matcher m = Pattern.compile("<th scope=\"row\"><a href=\"/\\?(publishedFrom=(\\d{4}-\\d\\d-\\d\\d)&amp;publishedTo=(\\d{4}-\\d\\d-\\d\\d))\">[^<]*</a></th><td>(?:<a href=\"[^\"]*\">)?(\\d+)")
                .matcher(page);
        List<Bucket> holding = new ArrayList<>();
        while (m.find()) {
            if (!day.isBefore(LocalDate.parse(m.group(2))) && !day.isAfter(LocalDate.parse(m.group(3)))) {
                holding.add(new Bucket(href(m.group(1)), Long.parseLong(m.group(4))));
            }
        }
        return holding.size() == 1 ? holding.get(0) : new Bucket(null, 0);
    }
}
