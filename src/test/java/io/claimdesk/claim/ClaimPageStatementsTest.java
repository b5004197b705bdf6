package io.claimdesk.claim;

import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.TestUsers;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim page costs the same statements with nothing around it as with many relations, verdicts and comments. */
@QuarkusTest
class ClaimPageStatementsTest {

    @Inject
    StatementCounter statements;

    @Inject
    TestArticles articles;

    @Test
    void aClaimPageRunsAFixedNumberOfStatementsWhateverItsRelationsVerdictsAndComments() {
        // Words no other test's articles share, so that other tests' claims never join these.
        String event = "Admiral " + TestArticles.uniqueName() + " inspected 12 frigates at the naval base of Bandar Abbas";
        long claim = onlyClaimOf(articles.create(TestArticles.uniqueOutlet("Bare"), LocalDate.of(2024, 3, 4), event + ".").id);
        long bare = statements.forGet("/claims/" + claim);

        for (String told : List.of(", officials said.", ", the ministry said.", ", according to Reuters.", ", state media said.")) {
            articles.create(TestArticles.uniqueOutlet("Busy"), LocalDate.of(2024, 3, 5), event + told);
        }
        TestMatching.waitUntilLinked();
        JsonPath related = asReviewer().get("/api/claims/" + claim).then().statusCode(200).extract().jsonPath();
        List<Integer> relationIds = related.getList("relations.id");
        asReviewer().contentType(ContentType.JSON).body(Map.of("state", "CONFIRMED"))
                .patch("/api/relations/" + relationIds.get(0)).then().statusCode(200);
        asReviewer().contentType(ContentType.JSON).body(Map.of("state", "REJECTED"))
                .patch("/api/relations/" + relationIds.get(1)).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            String reviewer = TestUsers.newUser("reviewer");
            verdict(reviewer, claim, i == 0 ? "CONTESTED" : "CORROBORATED");
            verdict(reviewer, claim, "CORROBORATED");
            long comment = comment(reviewer, claim, Map.of("body", "Checked against the ministry's release, " + i + "."));
            comment(TestUsers.reviewerName(), claim, Map.of("body", "Agreed.", "parentId", comment));
        }
        JsonPath busy = asReviewer().get("/api/claims/" + claim).then().statusCode(200).extract().jsonPath();
        assertTrue(busy.getList("relations").size() >= 4, "relations: " + busy.getList("relations"));
        assertEquals(6, busy.getList("verdicts").size());
        assertEquals(6, busy.getList("comments").size());

        assertEquals(bare, statements.forGet("/claims/" + claim),
                "relations with their claims, verdicts, comments and history are read by one statement each");
        assertTrue(bare <= 12, "sign-in, desk revision, two relation sides, rows, topics, article text, article, verdicts, comments,"
                + " history, reposts; got " + bare);
    }

    private static long onlyClaimOf(long articleId) {
        List<Integer> ids = asReviewer().get("/api/claims?article=" + articleId).then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size());
        return ids.get(0);
    }

    private static void verdict(String reviewer, long claim, String verdict) {
        as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict, "rationale", "Read the agreements.", "attribution", "ACCURATE"))
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(201);
    }

    private static long comment(String author, long claim, Map<String, Object> body) {
        return as(author).contentType(ContentType.JSON).body(body).post("/api/claims/" + claim + "/comments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
