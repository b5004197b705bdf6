package io.claimdesk.review;

import io.claimdesk.FormSession;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReviewPagesTest {

    @Inject
    TestArticles articles;

    @Test
    void aVerdictFormPostsRedirectsAndTheClaimPageShowsIt() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.DRONES));
        FormSession form = FormSession.open("/claims/" + id, () -> as(reviewer));

        form.post("/claims/" + id + "/verdicts", Map.of("verdict", "CONTESTED", "rationale", "No second source for the drones.",
                "attribution", "UNCHECKED", "evidence", "")).then().statusCode(303)
                .header("Location", containsString("/claims/" + id + "?done=verdict"));

        as(reviewer).get("/claims/" + id + "?done=verdict").then().statusCode(200)
                .body(containsString("Verdict saved."))
                .body(containsString("No second source for the drones."))
                .body(containsString("status-contested"));
    }

    @Test
    void aRefusedFormComesBackWithTheMessageBesideTheFieldAndNothingTypedLost() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.DRONES));
        FormSession form = FormSession.open("/claims/" + id, () -> as(reviewer));

        form.post("/claims/" + id + "/verdicts", Map.of("verdict", "", "rationale", "I typed all this carefully.",
                "attribution", "ACCURATE", "evidence", "https://example.org/kept")).then().statusCode(400)
                .body(containsString("id=\"verdict-error\""))
                .body(containsString("Choose a verdict"))
                .body(containsString("I typed all this carefully."))
                .body(containsString("https://example.org/kept"));
    }

    @Test
    void aVerdictWithNeitherChoiceNorRationaleShowsBothMessagesEachBesideItsField() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.DRONES));
        FormSession form = FormSession.open("/claims/" + id, () -> as(reviewer));

        form.post("/claims/" + id + "/verdicts", Map.of("rationale", "  ", "attribution", "MAYBE",
                "evidence", "https://example.org/kept")).then().statusCode(400)
                .body(containsString("<fieldset aria-describedby=\"verdict-error\">"))
                .body(containsString("Choose a verdict"))
                .body(containsString("<textarea id=\"rationale\" name=\"rationale\" rows=\"3\" required"
                        + " aria-describedby=\"rationale-error\" aria-invalid=\"true\">"))
                .body(containsString("<small class=\"field-error\" id=\"rationale-error\" role=\"alert\">Say why: a verdict needs a rationale.</small>"))
                .body(containsString("<select id=\"attribution\" name=\"attribution\" aria-describedby=\"attribution-error\" aria-invalid=\"true\">"))
                .body(containsString("attribution must be one of [ACCURATE, INACCURATE, UNCHECKED], not &#39;MAYBE&#39;"))
                .body(containsString("https://example.org/kept"));
    }

    @Test
    void aSettlementWithNeitherChoiceNorRationaleShowsBothInTheSettleForm() {
        String reviewer = TestUsers.newUser("reviewer");
        String editor = TestUsers.newUser("editor");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.DRONES));
        ReviewApiTest.verdict(reviewer, id, "CONTESTED", "No second source.", 201);
        FormSession form = FormSession.open("/claims/" + id, () -> as(editor));

        form.post("/claims/" + id + "/settlement", Map.of("rationale", "")).then().statusCode(400)
                .body(containsString("<fieldset aria-describedby=\"settleVerdict-error\">"))
                .body(containsString("id=\"settleVerdict-error\""))
                .body(containsString("<textarea id=\"settle-rationale\" name=\"rationale\" rows=\"2\" required"
                        + " aria-describedby=\"settleRationale-error\" aria-invalid=\"true\">"))
                .body(containsString("id=\"settleRationale-error\""))
                .body(not(containsString("id=\"rationale-error\"")));
    }

    @Test
    void anEmptyCommentIsRefusedBesideTheCommentBox() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.DRONES));
        FormSession form = FormSession.open("/claims/" + id, () -> as(reviewer));

        form.post("/claims/" + id + "/comments", Map.of("body", " ")).then().statusCode(400)
                .body(containsString("<textarea id=\"comment-body\" name=\"body\" rows=\"2\" required"
                        + " aria-describedby=\"body-error\" aria-invalid=\"true\">"))
                .body(containsString("A comment needs some text."));
    }

    @Test
    void withHtmxTheAnswerIsThePanelAloneWithTheNewStatus() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.TRADE));
        FormSession form = FormSession.open("/claims/" + id, () -> as(reviewer).header("HX-Request", "true"));
        form.post("/claims/" + id + "/verdicts", Map.of("verdict", "CORROBORATED", "rationale", "Official gazette lists them."))
                .then().statusCode(200)
                .body(containsString("<section id=\"review-panel\""))
                .body(not(containsString("<html")))
                .body(containsString("status-corroborated"));
        form.post("/claims/" + id + "/comments", Map.of("body", "Gazette link to follow.")).then().statusCode(200)
                .body(containsString("Gazette link to follow."));
    }

    @Test
    void aSettleFormSentForAClaimNoLongerInDisputeIsRefusedWithWhy() {
        String editor = TestUsers.newUser("editor");
        long id = claimOf(articles.create(TestArticles.uniqueOutlet("Pages"), LocalDate.of(2021, 1, 1), TestArticles.DRONES));
        Map<String, String> settle = Map.of("verdict", "CONTESTED", "rationale", "Settled from an old page.");

        FormSession page = FormSession.open("/claims/" + id, () -> as(editor));
        page.post("/claims/" + id + "/settlement", settle).then().statusCode(409)
                .body(containsString("id=\"settle-error\""))
                .body(containsString("is not in dispute"))
                .body(not(containsString("id=\"settle-form\"")));
        FormSession panel = FormSession.open("/claims/" + id, () -> as(editor).header("HX-Request", "true"));
        panel.post("/claims/" + id + "/settlement", settle).then().statusCode(200)
                .body(containsString("<section id=\"review-panel\""))
                .body(containsString("is not in dispute"));
        as(editor).get("/api/claims/" + id).then().body("status", equalTo("UNREVIEWED"));
    }

    @Test
    void theDisputedQueueListsDisputedClaimsAndStepsThroughThem() {
        String reviewer = TestUsers.newUser("reviewer");
        String outlet = TestArticles.uniqueOutlet("Queue");
        Article article = articles.create(outlet, LocalDate.of(2021, 1, 1), TestArticles.PASSPORTS, TestArticles.DRONES,
                "Officials allegedly shipped 30 drones to Bolivia in 2023, according to the opposition.");
        String queue = "/queue?queue=disputed&qoutlet=" + outlet;
        String html = as(reviewer).get(queue).then().statusCode(200)
                .body(containsString("Disputed ("))
                .body(containsString("allegedly issued 40 passports"))
                .body(not(containsString("12 drones and military trainers")))
                .extract().asString();
        long first = TestUsers.asReviewer().get("/api/claims?disputed=true&sort=queue&article=" + article.id)
                .jsonPath().getLong("items[0].id");
        long second = TestUsers.asReviewer().get("/api/claims?disputed=true&sort=queue&article=" + article.id)
                .jsonPath().getLong("items[1].id");
        assertEquals(true, html.contains("/claims/" + first + "?queue=disputed"));

        as(reviewer).get("/claims/" + first + "?queue=disputed&qoutlet=" + outlet).then().statusCode(200)
                .body(containsString("id=\"queue-next\""))
                .body(containsString("/claims/" + second + "?queue=disputed"));
    }

    static long claimOf(Article article) {
        return TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath().getLong("items[0].id");
    }
}
