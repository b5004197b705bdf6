package io.claimdesk.claim;

import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claim list keeps rendered pages between requests, and every write a reader would see on the list shows at
 * once: the cached page is never the old one.
 */
@QuarkusTest
class ListCacheTest {

    private static final String UNREVIEWED_BADGE = "status-unreviewed\">Unreviewed</span>";

    @Inject
    TestArticles articles;

    @Inject
    StatementCounter statements;

    @Test
    void aPageAskedForAgainIsServedWithoutReadingTheClaims() {
        String outlet = TestArticles.uniqueOutlet("Cached");
        articles.create(outlet, LocalDate.of(2022, 3, 3), TestArticles.DRONES, TestArticles.TRADE);
        String url = "/?outlet=" + outlet;
        long first = statements.forGet(url);
        long again = statements.forGet(url);
        assertTrue(again < first, "the second request reads less: " + again + " vs " + first);
        assertTrue(again <= 2, "the sign-in check and the desk's revision, got " + again);
    }

    @Test
    void aVerdictShowsOnTheListAtOnce() {
        String outlet = TestArticles.uniqueOutlet("Cached Verdict");
        Article article = articles.create(outlet, LocalDate.of(2022, 3, 3), TestArticles.DRONES);
        String url = "/?outlet=" + outlet;
        asReviewer().get(url).then().statusCode(200).body(containsString(UNREVIEWED_BADGE));
        long claim = asReviewer().get("/api/claims?article=" + article.id).jsonPath().getLong("items[0].id");
        as(TestUsers.newUser("reviewer")).contentType(ContentType.JSON)
                .body(Map.of("verdict", "CONTESTED", "rationale", "No manifest.", "attribution", "ACCURATE",
                        "evidence", List.of("https://example.org/manifest")))
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(201);
        asReviewer().get(url).then().statusCode(200).body(containsString("status-contested\">Contested</span>"))
                .body(not(containsString(UNREVIEWED_BADGE)));
    }

    @Test
    void anImportAndAnEditShowOnTheListAtOnce() {
        String outlet = TestArticles.uniqueOutlet("Cached Import");
        articles.create(outlet, LocalDate.of(2022, 3, 3), TestArticles.DRONES);
        String url = "/?outlet=" + outlet;
        asReviewer().get(url).then().body(containsString("<strong>1</strong> claim match"));

        Article second = articles.create(outlet, LocalDate.of(2023, 5, 6), TestArticles.PASSPORTS);
        asReviewer().get(url).then().body(containsString("<strong>2</strong> claims match"))
                .body(containsString("40 passports"));

        String editor = TestUsers.newUser("editor");
        String etag = as(editor).get("/api/articles/" + second.id).header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("published", "2019-02-03"))
                .patch("/api/articles/" + second.id).then().statusCode(200);
        asReviewer().get(url).then().body(containsString("datetime=\"2019-02-03\""));
    }
}
