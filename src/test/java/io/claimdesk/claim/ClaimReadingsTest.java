package io.claimdesk.claim;

import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim's page read again while nothing changed costs one statement, and any change shows at once. */
@QuarkusTest
class ClaimReadingsTest {

    @Inject
    StatementCounter statements;

    @Inject
    TestArticles articles;

    @Test
    void anUnchangedClaimPageIsNotReadAgainButEveryChangeShowsAtOnce() {
        String minister = "Minister " + TestArticles.uniqueName();
        String event = minister + " opened 3 desalination plants in Puerto Cabello on 3 May 2024";
        long claim = onlyClaimOf(articles.create(TestArticles.uniqueOutlet("First"), LocalDate.of(2024, 5, 4),
                event + ", the ministry said.").id);
        TestMatching.waitUntilLinked();

        long first = statements.forGet("/claims/" + claim);
        long again = statements.forGet("/claims/" + claim);
        assertTrue(again <= 2 && again < first, "read again: " + again + " statements, first: " + first);

        asReviewer().contentType(ContentType.JSON).body(Map.of("body", "Asked the port authority for the list of plants."))
                .post("/api/claims/" + claim + "/comments").then().statusCode(201);
        asReviewer().get("/claims/" + claim).then().statusCode(200)
                .body(containsString("Asked the port authority for the list of plants."));

        asReviewer().contentType(ContentType.JSON)
                .body(Map.of("verdict", "CONTESTED", "rationale", "The port authority lists two plants.", "attribution", "ACCURATE"))
                .post("/api/claims/" + claim + "/verdicts").then().statusCode(201);
        asReviewer().get("/claims/" + claim).then().statusCode(200)
                .body(containsString("The port authority lists two plants."));

        String otherOutlet = TestArticles.uniqueOutlet("Second");
        articles.create(otherOutlet, LocalDate.of(2024, 5, 5), event + ", officials said.");
        TestMatching.waitUntilLinked();
        asReviewer().get("/claims/" + claim).then().statusCode(200).body(containsString(otherOutlet));
    }

    private static long onlyClaimOf(long articleId) {
        List<Integer> ids = asReviewer().get("/api/claims?article=" + articleId).then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size());
        return ids.get(0);
    }
}
