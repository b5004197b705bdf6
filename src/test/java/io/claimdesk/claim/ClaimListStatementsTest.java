package io.claimdesk.claim;

import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list page costs the same number of SQL statements whether it shows 5 rows or 100, page 1 or a deep page. */
@QuarkusTest
class ClaimListStatementsTest {

    @Inject
    StatementCounter statements;

    @Inject
    TestArticles articles;

    @Test
    void aFixedNumberOfStatementsWhateverThePageSize() {
        // A new article moves the desk's revision, so none of these pages can come from the list cache.
        articles.create(TestArticles.uniqueOutlet("Counted Outlet"), LocalDate.of(2020, 5, 2), TestArticles.TRADE);
        long small = statements.forGet("/?size=5");
        long large = statements.forGet("/?size=100");
        String outlet = TestArticles.uniqueOutlet("Counted Outlet");
        articles.create(outlet, LocalDate.of(2020, 5, 1), TestArticles.DRONES, TestArticles.TRADE);
        String stance = asReviewer().get("/api/claims?outlet=" + outlet).then().extract().path("items[0].outletStance");
        String filter = "outlet=" + outlet + "&topic=military_cooperation&disputed=false&q=drones"
                + "&outletStance=" + stance + "&publishedFrom=2020-01-01&publishedTo=2020-12-31&undated=false";
        asReviewer().get("/api/claims?" + filter).then().body("total", equalTo(1));
        long filtered = statements.forGet("/?size=100&" + filter);
        long deep = statements.forGet("/?size=1&page=2&after=2020-05-01~" + Long.MAX_VALUE);
        long api = statements.forGet("/api/claims?size=100");

        assertTrue(small <= 7, "sign-in check + revision + count + dated rows + undated rows + topics + outlets,"
                + " got " + small);
        assertEquals(small, large);
        assertEquals(small, filtered);
        assertEquals(small, deep);
        assertEquals(small - 2, api, "the API reads no revision (it keeps no cache) and fills no filter form");
        assertTrue(statements.forGet("/?size=100&sort=outlet&" + filter) <= small, "the outlet order reads rows once");
    }
}
