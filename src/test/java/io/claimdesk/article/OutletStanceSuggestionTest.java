package io.claimdesk.article;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** An outlet's stance is suggested from its articles' own voice until an editor sets it; then it stays. */
@QuarkusTest
class OutletStanceSuggestionTest {

    static final String CRITICAL_VOICE = "The regime has spread its propaganda through disinformation for decades, "
            + "and the dictator's allies keep its secrets.";

    @Inject
    TestArticles articles;

    @Test
    void aSuggestedStanceShowsItsEvidenceUntilAnEditorConfirmsOne() {
        String outlet = TestArticles.uniqueOutlet("Stance");
        Article first = articles.create(outlet, LocalDate.of(2024, 1, 1), CRITICAL_VOICE, TestArticles.DRONES);
        TestUsers.asReviewer().get("/api/articles/" + first.id).then()
                .body("stanceSuggestion", equalTo("CRITICAL")).body("stanceEvidence", notNullValue())
                .body("outletStance", equalTo("CRITICAL")).body("outletStanceConfirmed", equalTo(false));
        TestUsers.asReviewer().get("/api/claims?article=" + first.id).then()
                .body("items[0].outletStance", equalTo("CRITICAL")).body("items[0].outletStanceSuggested", equalTo(true));

        String editor = TestUsers.newUser("editor");
        String etag = as(editor).get("/api/articles/" + first.id).header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("outletStance", "NEUTRAL"))
                .patch("/api/articles/" + first.id).then().statusCode(200);
        articles.create(outlet, LocalDate.of(2024, 2, 1), CRITICAL_VOICE + " Again.", TestArticles.TRADE);

        TestUsers.asReviewer().get("/api/claims?outlet=" + outlet).then()
                .body("items.outletStance", org.hamcrest.Matchers.everyItem(equalTo("NEUTRAL")))
                .body("items.outletStanceSuggested", org.hamcrest.Matchers.everyItem(equalTo(false)));
    }
}
