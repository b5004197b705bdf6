package io.claimdesk.review;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReviewApiTest {

    @Inject
    TestArticles articles;

    long newClaim() {
        Article article = articles.create(TestArticles.uniqueOutlet("Review"), LocalDate.of(2020, 6, 1), TestArticles.DRONES);
        return TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath().getLong("items[0].id");
    }

    static void verdict(String user, long claim, String verdict, String rationale, int status) {
        as(user).contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict, "rationale", rationale, "attribution", "ACCURATE",
                        "evidence", List.of("https://example.org/report")))
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(status);
    }

    static JsonPath claim(long id) {
        return TestUsers.asReviewer().get("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aVerdictIsShownWithItsReviewerTimeRationaleAndEvidence() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = newClaim();
        as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("verdict", "CORROBORATED", "rationale", "Matches the ministry's own release.",
                        "evidence", List.of("https://example.org/release", String.valueOf(id)), "attribution", "ACCURATE"))
                .post("/api/claims/" + id + "/verdicts").then().statusCode(201)
                .header("Location", containsString("/api/claims/" + id))
                .body("reviewer", equalTo(reviewer)).body("current", equalTo(true));

        JsonPath json = claim(id);
        assertEquals("CORROBORATED", json.getString("status"));
        assertEquals(reviewer, json.getString("verdicts[0].reviewer"));
        assertEquals("Matches the ministry's own release.", json.getString("verdicts[0].rationale"));
        assertEquals(List.of("https://example.org/release", String.valueOf(id)), json.getList("verdicts[0].evidence"));
        assertEquals("ACCURATE", json.getString("verdicts[0].attribution"));
        assertTrue(json.getString("verdicts[0].createdAt") != null);
        assertTrue(json.getList("history.action").contains("VERDICT_GIVEN"));
    }

    @Test
    void aNewVerdictSupersedesTheReviewersOwnAndTheOldStaysInHistory() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = newClaim();
        verdict(reviewer, id, "CONTESTED", "First look: no source.", 201);
        verdict(reviewer, id, "CORROBORATED", "Found the ministry statement.", 201);

        JsonPath json = claim(id);
        assertEquals("CORROBORATED", json.getString("status"));
        assertEquals(List.of(true, false), json.getList("verdicts.current"));
        assertEquals(2, json.getList("history").size());
    }

    @Test
    void reviewersWhoDisagreeAreShownUntilAnEditorSettles() {
        String first = TestUsers.newUser("reviewer");
        String second = TestUsers.newUser("reviewer");
        String editor = TestUsers.newUser("editor");
        long id = newClaim();
        verdict(first, id, "CORROBORATED", "Two wire reports agree.", 201);
        verdict(second, id, "CONTESTED", "Both wire reports cite one anonymous source.", 201);

        JsonPath disputed = claim(id);
        assertEquals("CONTESTED", disputed.getString("status"));
        assertTrue(disputed.getBoolean("reviewersDisagree"));
        TestUsers.asReviewer().get("/api/claims?reviewersDisagree=true&article=" + articleOf(id)).then().body("total", equalTo(1));

        as(editor).contentType(ContentType.JSON).body(Map.of("verdict", "CONTESTED", "rationale", "One source is not two."))
                .post("/api/claims/" + id + "/settlement").then().statusCode(201).body("settlement", equalTo(true));
        JsonPath settled = claim(id);
        assertEquals("CONTESTED", settled.getString("status"));
        assertFalse(settled.getBoolean("reviewersDisagree"));
        assertTrue(settled.getList("history.action").contains("CLAIM_SETTLED"));
    }

    @Test
    void aSettlementThePageWouldNotOfferIsRefusedWithAConflict() {
        String reviewer = TestUsers.newUser("reviewer");
        String editor = TestUsers.newUser("editor");
        long id = newClaim();

        as(editor).get("/claims/" + id).then().statusCode(200).body(not(containsString("id=\"settle-form\"")));
        settle(editor, id).statusCode(409).body("error", equalTo("conflict")).body("detail", containsString("not in dispute"));

        verdict(reviewer, id, "CORROBORATED", "The ministry confirms it.", 201);
        as(editor).get("/claims/" + id).then().body(not(containsString("id=\"settle-form\"")));
        settle(editor, id).statusCode(409);
        JsonPath unsettled = claim(id);
        assertEquals("CORROBORATED", unsettled.getString("status"));
        assertFalse(unsettled.getList("history.action").contains("CLAIM_SETTLED"), "nothing refused was stored");

        verdict(TestUsers.newUser("reviewer"), id, "CONTESTED", "The ministry's figure is last year's.", 201);
        as(editor).get("/claims/" + id).then().body(containsString("id=\"settle-form\""));
        settle(editor, id).statusCode(201);
        assertEquals("CORROBORATED", claim(id).getString("status"));
        as(editor).get("/claims/" + id).then().body(not(containsString("id=\"settle-form\"")));
    }

    private static ValidatableResponse settle(String editor, long claim) {
        return as(editor).contentType(ContentType.JSON).body(Map.of("verdict", "CORROBORATED", "rationale", "Looks fine to me."))
                .post("/api/claims/" + claim + "/settlement").then();
    }

    @Test
    void badVerdictsAreRefusedWithWhatToFix() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = newClaim();
        as(reviewer).contentType(ContentType.JSON).body(Map.of("verdict", "CONTESTED", "rationale", "  "))
                .post("/api/claims/" + id + "/verdicts").then().statusCode(400).body("error", equalTo("invalid rationale"));
        as(reviewer).contentType(ContentType.JSON).body(Map.of("verdict", "MAYBE", "rationale", "hm"))
                .post("/api/claims/" + id + "/verdicts").then().statusCode(400).body("error", equalTo("invalid verdict"));
        as(reviewer).contentType(ContentType.JSON).body(Map.of("verdict", "CONTESTED", "rationale", "x", "evidence", List.of("ftp://x")))
                .post("/api/claims/" + id + "/verdicts").then().statusCode(400).body("error", equalTo("invalid evidence"));
        as(reviewer).contentType(ContentType.JSON).body(Map.of("verdict", "CONTESTED", "rationale", "x"))
                .post("/api/claims/999999999/verdicts").then().statusCode(404).body("error", equalTo("not found"));
        as(reviewer).contentType(ContentType.JSON).body(Map.of("body", "x".repeat(100 * 1024)))
                .post("/api/claims/" + id + "/comments").then().statusCode(400).body("error", equalTo("invalid body"));
        assertEquals("UNREVIEWED", claim(id).getString("status"), "nothing refused was stored");
    }

    @Test
    void aVerdictWithTwoWrongFieldsIsAnsweredWithBoth() {
        long id = newClaim();
        TestUsers.asReviewer().contentType(ContentType.JSON).body(Map.of("verdict", "MAYBE", "rationale", " "))
                .post("/api/claims/" + id + "/verdicts").then().statusCode(400)
                .body("error", equalTo("invalid input"))
                .body("errors.field", equalTo(List.of("verdict", "rationale")))
                .body("errors[0].message", equalTo("verdict must be one of [CORROBORATED, CONTESTED], not 'MAYBE'"));
    }

    @Test
    void commentsThreadAndTheirEditsAndDeletionsStayInHistory() {
        String author = TestUsers.newUser("reviewer");
        String other = TestUsers.newUser("reviewer");
        long id = newClaim();
        long parent = as(author).contentType(ContentType.JSON).body(Map.of("body", "See https://example.org/a for the report."))
                .post("/api/claims/" + id + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");
        long reply = as(other).contentType(ContentType.JSON).body(Map.of("body", "That report is from 2019.", "parentId", parent))
                .post("/api/claims/" + id + "/comments").then().statusCode(201).body("parentId", equalTo((int) parent))
                .extract().jsonPath().getLong("id");

        as(other).contentType(ContentType.JSON).body(Map.of("body", "hijack")).put("/api/comments/" + parent).then().statusCode(403);
        as(author).contentType(ContentType.JSON).body(Map.of("body", "See the 2020 report instead."))
                .put("/api/comments/" + parent).then().statusCode(200).body("editedAt", notNullValue());
        as(other).delete("/api/comments/" + reply).then().statusCode(204);

        JsonPath json = claim(id);
        assertEquals(java.util.Arrays.asList("See the 2020 report instead.", null), json.getList("comments.body"));
        assertEquals(List.of(false, true), json.getList("comments.deleted"));
        List<String> actions = json.getList("history.action");
        assertEquals(List.of("COMMENT_ADDED", "COMMENT_ADDED", "COMMENT_EDITED", "COMMENT_DELETED"), actions);
        assertTrue(json.getString("history[2].before").contains("See https://example.org/a for the report."));
        assertTrue(json.getString("history[3].before").contains("That report is from 2019."));

        String page = TestUsers.asReviewer().get("/claims/" + id).asString();
        assertTrue(page.contains("Comment deleted"));
        assertTrue(page.contains("See the 2020 report instead."));
    }

    @Test
    void scriptInACommentOrRationaleIsTextEverywhere() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = newClaim();
        String script = "<script>alert(1)</script>";
        verdict(reviewer, id, "CONTESTED", "Rationale " + script, 201);
        as(reviewer).contentType(ContentType.JSON).body(Map.of("body", "Comment " + script + " https://example.org/x"))
                .post("/api/claims/" + id + "/comments").then().statusCode(201);

        TestUsers.asReviewer().get("/api/claims/" + id).then()
                .contentType(containsString("application/json"))
                .body("comments.body", hasItem(containsString(script)))
                .body("verdicts.rationale", hasItem(containsString(script)));
        String page = TestUsers.asReviewer().get("/claims/" + id).asString();
        assertFalse(page.contains(script), "never markup on the page");
        assertTrue(page.contains("Rationale &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<a href=\"https://example.org/x\" rel=\"nofollow noopener noreferrer\">https://example.org/x</a>"),
                "links in comments are clickable");
    }

    static long articleOf(long claimId) {
        return claim(claimId).getLong("articleId");
    }
}
