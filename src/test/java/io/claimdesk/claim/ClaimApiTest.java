package io.claimdesk.claim;

import io.claimdesk.TestArticles;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimApiTest {

    @Inject
    TestArticles articles;

    @Test
    void aClaimCarriesItsAnchorOutletAndReviewState() {
        String outlet = TestArticles.uniqueOutlet("Api Outlet");
        Article article = articles.create(outlet, LocalDate.of(2021, 9, 7), TestArticles.DRONES);
        int id = asReviewer().get("/api/claims?article=" + article.id).then().statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(1)).body("size", equalTo(50))
                .extract().path("items[0].id");

        asReviewer().get("/api/claims/" + id).then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("id", equalTo(id))
                .body("articleId", equalTo(article.id.intValue()))
                .body("text", containsString("12 drones"))
                .body("anchor.exact", containsString("12 drones"))
                .body("anchor", hasKey("prefix"))
                .body("anchor", hasKey("suffix"))
                .body("anchor.start", notNullValue())
                .body("anchor.end", notNullValue())
                .body("outlet", equalTo(outlet))
                .body("outletStance", equalTo("UNKNOWN"))
                .body("published", equalTo("2021-09-07"))
                .body("stance", notNullValue())
                .body("topics", notNullValue())
                .body("disputed", equalTo(false))
                .body("disputedReason", nullValue())
                .body("status", equalTo("UNREVIEWED"));
    }

    @Test
    void anUnknownClaimIsA404WithErrorAndDetail() {
        asReviewer().get("/api/claims/987654321").then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", equalTo("not found"))
                .body("detail", equalTo("There is no claim 987654321"));
        asReviewer().get("/api/claims/not-a-number").then().statusCode(404).body("error", equalTo("not found"));
    }

    @Test
    void anUnknownClaimPageIsAReadable404() {
        asReviewer().get("/claims/987654321").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("There is no claim 987654321"))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void theClaimPageShowsTheQuoteInContextAndLinksToItsPlace() {
        String outlet = TestArticles.uniqueOutlet("Page Outlet");
        Article article = articles.create(outlet, LocalDate.of(2021, 9, 7), "Opening words of the piece set the scene "
                + "for a report about the region and its governments.", TestArticles.PASSPORTS);
        int id = asReviewer().get("/api/claims?article=" + article.id + "&q=passports").then()
                .extract().path("items[0].id");
        asReviewer().get("/claims/" + id).then().statusCode(200)
                .body(containsString("<mark>Bolivian officials allegedly issued 40 passports"))
                .body(containsString("/articles/" + article.id + "?claim=" + id + "#claim-" + id))
                .body(containsString(outlet))
                .body(containsString("2021-09-07"));
    }
}
