package io.claimdesk.claim;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each filter narrows the claim list the way a reader would expect; each test makes its own outlet. */
@QuarkusTest
class ClaimFilterTest {

    @Inject
    TestArticles articles;

    String outletWithThreeClaims() {
        String outlet = TestArticles.uniqueOutlet("Filter Outlet");
        articles.create(outlet, LocalDate.of(2023, 6, 14), TestArticles.DRONES, TestArticles.PASSPORTS, TestArticles.TRADE);
        return outlet;
    }

    JsonPath claims(String query) {
        return asReviewer().get(query.isEmpty() ? "/api/claims" : "/api/claims?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void outletShowsOnlyThatOutletsClaims() {
        String outlet = outletWithThreeClaims();
        JsonPath json = claims("outlet=" + outlet);
        assertEquals(3, json.getInt("total"));
        assertTrue(json.getList("items.outlet").stream().allMatch(outlet::equals));
        assertTrue(claims("").getInt("total") > 3, "without the filter the list holds more");
    }

    @Test
    void topicKeepsClaimsTaggedWithIt() {
        String outlet = outletWithThreeClaims();
        JsonPath json = claims("outlet=" + outlet + "&topic=military_cooperation");
        assertEquals(1, json.getInt("total"));
        assertTrue(json.getString("items[0].text").contains("drones"));
        asReviewer().get("/api/claims?outlet=" + outlet + "&topic=passports_identity").then()
                .body("items.text", everyItem(containsString("passports")));
    }

    @Test
    void disputedKeepsAllegations() {
        String outlet = outletWithThreeClaims();
        asReviewer().get("/api/claims?outlet=" + outlet + "&disputed=true").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].text", containsString("allegedly"))
                .body("items[0].disputed", equalTo(true));
        asReviewer().get("/api/claims?outlet=" + outlet + "&disputed=false").then()
                .body("total", equalTo(2))
                .body("items.disputed", everyItem(equalTo(false)));
    }

    @Test
    void stanceKindCheckableAndSpeakerEachKeepExactlyTheClaimsWithThatValue() {
        String outlet = outletWithThreeClaims();
        for (String field : List.of("stance", "kind", "checkable", "attributedTo")) {
            List<Object> values = claims("outlet=" + outlet).getList("items." + field);
            for (Object value : values.stream().filter(java.util.Objects::nonNull).distinct().toList()) {
                JsonPath json = asReviewer().queryParam("outlet", outlet).queryParam(field, value.toString())
                        .get("/api/claims").then().statusCode(200).extract().jsonPath();
                assertEquals(values.stream().filter(value::equals).count(), json.getLong("total"), field + "=" + value);
                assertTrue(json.getList("items." + field).stream().allMatch(value::equals), field + "=" + value);
            }
        }
    }

    @Test
    void aSpeakerNamedInTheTextCanBeFollowed() {
        String outlet = outletWithThreeClaims();
        List<Object> speakers = claims("outlet=" + outlet).getList("items.attributedTo");
        assertTrue(speakers.stream().anyMatch(java.util.Objects::nonNull), "the attributed claims name a speaker: " + speakers);
    }

    @Test
    void attributedSeparatesClaimsThatNameWhoMadeThemFromThoseThatNameNoOne() {
        String outlet = outletWithThreeClaims();
        List<Object> speakers = claims("outlet=" + outlet).getList("items.attributedTo");
        long named = speakers.stream().filter(java.util.Objects::nonNull).count();
        assertTrue(named > 0 && named < speakers.size(), "the outlet's claims are both attributed and not: " + speakers);
        JsonPath attributed = claims("outlet=" + outlet + "&attributed=true");
        assertEquals(named, attributed.getLong("total"));
        assertTrue(attributed.getList("items.attributedTo").stream().allMatch(java.util.Objects::nonNull));
        JsonPath unattributed = claims("outlet=" + outlet + "&attributed=false");
        assertEquals(speakers.size() - named, unattributed.getLong("total"));
        assertTrue(unattributed.getList("items.attributedTo").stream().allMatch(java.util.Objects::isNull));
        asReviewer().get("/?outlet=" + outlet + "&attributed=false").then().statusCode(200)
                .body(containsString("Attributed: false"));
    }

    @Test
    void statusSeparatesUnreviewedClaims() {
        String outlet = outletWithThreeClaims();
        assertEquals(3, claims("outlet=" + outlet + "&status=UNREVIEWED").getInt("total"));
        assertEquals(0, claims("outlet=" + outlet + "&status=CORROBORATED").getInt("total"));
    }

    @Test
    void textSearchFindsWordsCaseInsensitively() {
        String outlet = outletWithThreeClaims();
        asReviewer().get("/api/claims?outlet=" + outlet + "&q=PASSPORTS").then()
                .body("total", equalTo(1))
                .body("items[0].text", containsString("passports"));
        asReviewer().get("/api/claims?outlet=" + outlet + "&q=100%25_").then().body("total", equalTo(0));
    }

    @Test
    void sortsByDateBothWaysAndPagesWithTheTotal() {
        String outlet = TestArticles.uniqueOutlet("Sort Outlet");
        articles.create(outlet, LocalDate.of(2019, 1, 5), TestArticles.DRONES);
        articles.create(outlet, LocalDate.of(2024, 3, 9), TestArticles.TRADE);

        assertEquals(List.of("2024-03-09", "2019-01-05"), claims("outlet=" + outlet).getList("items.published"));
        assertEquals(List.of("2019-01-05", "2024-03-09"), claims("outlet=" + outlet + "&sort=oldest").getList("items.published"));

        JsonPath second = claims("outlet=" + outlet + "&size=1&page=2");
        assertEquals(2, second.getInt("total"));
        assertEquals(List.of("2019-01-05"), second.getList("items.published"));
    }

    @Test
    void sortByOutletOrdersOutletNames() {
        String later = "zz " + TestArticles.uniqueOutlet("Outlet");
        String earlier = "aa " + TestArticles.uniqueOutlet("Outlet");
        // Both claims name someone no other test does, so the search holds exactly these two whatever else is stored.
        String name = TestArticles.uniqueName();
        articles.create(later, LocalDate.of(2021, 1, 1), TestArticles.TRADE.replace("covering", "at " + name + " covering"));
        articles.create(earlier, LocalDate.of(2020, 1, 1), TestArticles.TRADE.replace("covering", "at " + name + " covering"));
        assertEquals(List.of(earlier, later), claims("sort=outlet&q=" + name).getList("items.outlet"), "A–Z");
        assertEquals(List.of(later, earlier), claims("q=" + name).getList("items.outlet"), "newest first without it");
    }

    @Test
    void theListPageShowsTheFilterAndItsRows() {
        String outlet = outletWithThreeClaims();
        asReviewer().get("/?outlet=" + outlet + "&disputed=true").then().statusCode(200)
                .body(containsString("allegedly issued 40 passports"))
                .body(not(containsString("12 drones")))
                .body(containsString("<strong>1</strong> claim match"));
    }

    @Test
    void aBadFilterValueIsA400ThatSaysWhatToFix() {
        Map<String, String> body = asReviewer().get("/api/claims?topic=bananas").then().statusCode(400)
                .extract().jsonPath().getMap("$");
        assertEquals("invalid topic", body.get("error"));
        assertTrue(body.get("detail").contains("military_cooperation"));
        asReviewer().get("/api/claims?page=0").then().statusCode(400).body("error", equalTo("invalid page"));
        asReviewer().get("/api/claims?disputed=maybe").then().statusCode(400).body("detail", containsString("true or false"));
        asReviewer().get("/?stance=sideways").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("stance must be one of"));
    }

    @Test
    void filtersLiveInTheUrlOfThePagingLinks() {
        String outlet = outletWithThreeClaims();
        asReviewer().get("/?outlet=" + outlet + "&size=1").then().statusCode(200)
                .body(containsString("rel=\"next\""))
                .body(containsString("page=2"))
                .body(containsString("outlet=" + outlet.replace(" ", "+")));
        assertTrue(claims("outlet=" + outlet).getList("items.topics").stream()
                .anyMatch(t -> ((List<?>) t).contains("military_cooperation")));
        asReviewer().get("/api/claims?outlet=" + outlet).then().body("items.status", hasItem("UNREVIEWED"));
    }

    @Test
    void aFilterTheFormHasNoControlForIsKeptByTheFormAndShownAsAChipThatRemovesIt() {
        String outlet = outletWithThreeClaims();
        asReviewer().get("/?outlet=" + outlet + "&orphaned=false&size=2").then().statusCode(200)
                .body(containsString("<strong>3</strong> claims match"))
                .body(containsString("<input type=\"hidden\" name=\"orphaned\" value=\"false\">"))
                .body(containsString("Orphaned: false <a href=\"/?outlet=" + outlet.replace(" ", "+") + "&amp;size=2\""))
                .body(not(containsString("<input type=\"hidden\" name=\"outlet\"")));
    }

    @Test
    void publishedFromAndToKeepTheDaysBetweenBothIncludedAndUndatedKeepsClaimsWithNoDate() {
        String outlet = TestArticles.uniqueOutlet("Dated Filter");
        articles.create(outlet, LocalDate.of(2019, 3, 31), TestArticles.DRONES);
        articles.create(outlet, LocalDate.of(2019, 4, 1), TestArticles.TRADE);
        articles.create(outlet, null, TestArticles.PASSPORTS);
        String mine = "outlet=" + outlet;

        JsonPath april = claims(mine + "&publishedFrom=2019-04-01&publishedTo=2019-04-30");
        assertEquals(1, april.getInt("total"));
        assertEquals("2019-04-01", april.getString("items[0].published"));
        assertEquals(2, claims(mine + "&publishedFrom=2019-03-31&publishedTo=2019-04-01").getInt("total"), "both ends included");
        assertEquals(1, claims(mine + "&publishedTo=2019-03-31").getInt("total"));
        JsonPath undated = claims(mine + "&undated=true");
        assertEquals(1, undated.getInt("total"), "a date range never takes an undated claim; undated does");
        assertTrue(undated.getString("items[0].text").contains("passports"));
        assertNull(undated.get("items[0].published"));
        assertEquals(2, claims(mine + "&undated=false").getInt("total"));
        assertEquals(0, claims(mine + "&undated=true&publishedFrom=2000-01-01").getInt("total"));

        asReviewer().get("/?" + mine + "&publishedFrom=2019-04-01&publishedTo=2019-04-30").then().statusCode(200)
                .body(containsString("<strong>1</strong> claim match"))
                .body(containsString("name=\"publishedFrom\" value=\"2019-04-01\""));
        asReviewer().get("/api/claims?publishedFrom=2019-13-01").then().statusCode(400)
                .body("detail", containsString("YYYY-MM-DD"));
        asReviewer().get("/api/claims?publishedFrom=2019-05-01&publishedTo=2019-04-01").then().statusCode(400)
                .body("detail", containsString("must not be after"));
    }

    @Test
    void outletStanceKeepsTheClaimsOfOutletsWithThatStance() {
        String outlet = TestArticles.uniqueOutlet("Stance Filter");
        Article article = articles.create(outlet, LocalDate.of(2022, 8, 8), TestArticles.DRONES, TestArticles.TRADE);
        String editor = TestUsers.newUser("editor");
        String etag = as(editor).get("/api/articles/" + article.id).then().extract().header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outletStance", "FAVOURABLE")).patch("/api/articles/" + article.id).then().statusCode(200);

        JsonPath favourable = claims("outlet=" + outlet + "&outletStance=favourable");
        assertEquals(2, favourable.getInt("total"));
        assertTrue(favourable.getList("items.outletStance").stream().allMatch("FAVOURABLE"::equals));
        assertEquals(0, claims("outlet=" + outlet + "&outletStance=CRITICAL").getInt("total"));
        assertTrue(claims("outletStance=FAVOURABLE&size=200").getList("items.outletStance").stream().allMatch("FAVOURABLE"::equals));
        asReviewer().get("/api/claims?outletStance=hostile").then().statusCode(400)
                .body("detail", containsString("outletStance must be one of"));
    }
}
