package io.claimdesk.claim;

import io.claimdesk.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walking the claim list by its Next links (keyset pages) shows every claim once, in the order asked, undated claims
 * last; and text search finds words from their start through the word index.
 */
@QuarkusTest
class ListPagingTest {

    private static final Pattern CLAIM_LINK = Pattern.compile("href=\"/claims/(\\d+)\"");
    private static final Pattern NEXT_LINK = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");

    @Inject
    TestArticles articles;

    /** Seven claims over four articles: two on the same day (ties broken by id), one without a date. */
    String outletWithDatesAndAnUndatedArticle() {
        String outlet = TestArticles.uniqueOutlet("Paging Outlet");
        articles.create(outlet, LocalDate.of(2021, 4, 2), TestArticles.DRONES, TestArticles.TRADE);
        articles.create(outlet, LocalDate.of(2019, 1, 5), TestArticles.PASSPORTS);
        articles.create(outlet, LocalDate.of(2021, 4, 2), TestArticles.PASSPORTS, TestArticles.TRADE);
        articles.create(outlet, null, TestArticles.DRONES, TestArticles.PASSPORTS);
        return outlet;
    }

    @Test
    void nextLinksWalkEveryClaimOnceNewestFirstThenUndated() {
        String outlet = outletWithDatesAndAnUndatedArticle();
        List<Map<String, Object>> all = asReviewer().get("/api/claims?size=100&outlet=" + outlet).then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertEquals(7, all.size());
        List<Long> expected = inOrder(all, Comparator.<Map<String, Object>, String>comparing(
                c -> (String) c.get("published"), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> ((Number) c.get("id")).longValue()).reversed());

        List<Long> walked = walk("/?size=2&outlet=" + outlet.replace(' ', '+'));
        assertEquals(expected, walked, "newest first, same day newest id first, the undated claims last");
    }

    @Test
    void nextLinksWalkOldestFirstToo() {
        String outlet = outletWithDatesAndAnUndatedArticle();
        List<Map<String, Object>> all = asReviewer().get("/api/claims?size=100&sort=oldest&outlet=" + outlet).then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<Long> expected = inOrder(all, Comparator.<Map<String, Object>, String>comparing(
                c -> (String) c.get("published"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> ((Number) c.get("id")).longValue()));

        assertEquals(expected, walk("/?size=3&sort=oldest&outlet=" + outlet.replace(' ', '+')));
    }

    @Test
    void aPageAskedForByNumberShowsTheSameRowsAsTheNextLinkThere() {
        String outlet = outletWithDatesAndAnUndatedArticle();
        JsonPath byNumber = asReviewer().get("/api/claims?size=2&page=3&outlet=" + outlet).then().statusCode(200)
                .extract().jsonPath();
        List<Long> walked = walk("/?size=2&outlet=" + outlet.replace(' ', '+'));
        assertEquals(walked.subList(4, 6), byNumber.getList("items.id", Long.class));
        assertEquals(7, byNumber.getInt("total"));
    }

    @Test
    void theNextLinkCarriesThePageNumberForTheReader() {
        String outlet = outletWithDatesAndAnUndatedArticle();
        String page = asReviewer().get("/?size=2&outlet=" + outlet).then().statusCode(200).extract().asString();
        String next = nextLink(page);
        assertTrue(next.contains("page=2") && next.contains("after="), next);
        asReviewer().urlEncodingEnabled(false).get(next).then().statusCode(200).body(containsString("Page 2 of 4"));
    }

    @Test
    void aMangledPositionIsRefusedWithWhatItShouldLookLike() {
        asReviewer().get("/api/claims?after=yesterday").then().statusCode(400)
                .body("error", equalTo("invalid after"))
                .body("detail", containsString("2023-06-12~4711"));
        asReviewer().accept("text/html").get("/?after=2023-13-40~1").then().statusCode(400)
                .body(containsString("2023-06-12~4711"));
    }

    @Test
    void textSearchFindsWordsFromTheirStartAndPhrasesInOrder() {
        String outlet = TestArticles.uniqueOutlet("Search Outlet");
        String name = TestArticles.uniqueName();
        articles.create(outlet, LocalDate.of(2022, 2, 2), "Officials said " + name + " shipped 30 drones to Bolivia in 2023"
                + " on " + name + "ian planes.");
        String base = "/api/claims?outlet=" + outlet + "&q=";
        asReviewer().get(base + name.toLowerCase()).then().body("total", equalTo(1));
        asReviewer().get(base + name.substring(0, 5).toUpperCase()).then().body("total", equalTo(1));
        asReviewer().get(base + "shipped 30 dro").then().body("total", equalTo(1));
        asReviewer().get(base + "drones to Bolivia").then().body("total", equalTo(1));
        asReviewer().get(base + "Bolivia drones").then().body("total", equalTo(0));
        asReviewer().get(base + "hipped").then().body("total", equalTo(0));
        asReviewer().get("/api/claims?q=" + name + "x").then().body("total", equalTo(0));
        asReviewer().get("/api/claims?q=" + name).then().body("total", equalTo(1))
                .body("items[0].text", containsString(name + "ian planes"));
    }

    private static List<Long> inOrder(List<Map<String, Object>> claims, Comparator<Map<String, Object>> order) {
        return claims.stream().sorted(order).map(c -> ((Number) c.get("id")).longValue()).toList();
    }

    /** The claim ids of every page from {@code first} on, following each page's Next link. */
    private static List<Long> walk(String first) {
        List<Long> ids = new ArrayList<>();
        String url = first;
        for (int pages = 0; url != null; pages++) {
            assertTrue(pages < 20, "the Next links end");
            String page = asReviewer().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().asString();
            Matcher claim = CLAIM_LINK.matcher(page);
            while (claim.find()) {
                ids.add(Long.parseLong(claim.group(1)));
            }
            url = nextLink(page);
        }
        return ids;
    }

    private static String nextLink(String page) {
        Matcher next = NEXT_LINK.matcher(page);
        return next.find() ? next.group(1).replace("&amp;", "&") : null;
    }
}
