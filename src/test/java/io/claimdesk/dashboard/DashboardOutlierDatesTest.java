package io.claimdesk.dashboard;

import io.claimdesk.TestArticles;
import io.claimdesk.article.Article;
import io.claimdesk.claim.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.claimdesk.TestUsers.asReviewer;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows stored before dates were checked cannot make the dashboard draw a bar per year up to year 99999. */
@QuarkusTest
class DashboardOutlierDatesTest {

    @Inject
    TestArticles articles;

    /** Dates as an old bug stored them, written straight to the database as no import can any more. */
    private void dated(LocalDate published) {
        Article article = articles.create(TestArticles.uniqueOutlet("Outlier"), LocalDate.of(2020, 1, 1), TestArticles.DRONES);
        QuarkusTransaction.requiringNew().run(() -> {
            Article.update("published = ?1 where id = ?2", published, article.id);
            Claim.update("published = ?1 where article.id = ?2", published, article.id);
        });
    }

    @Test
    void datesNoArticleCanBearShareABarBeforeOrAfterTheChart() {
        dated(LocalDate.of(99999, 1, 1));
        dated(LocalDate.of(1500, 6, 1));
        // A new article moves the desk's revision on, so the dashboard is counted again with the rows above.
        articles.create(TestArticles.uniqueOutlet("Recent"), LocalDate.of(2021, 3, 1), TestArticles.TRADE);
        String page = DashboardTest.dashboard();
        assertTrue(page.length() < 1_000_000, "the dashboard has " + page.length() + " characters");
        int afterYear = LocalDate.now().getYear() + 1;
        assertTrue(page.contains("after " + afterYear), "one bar counts the claims dated after " + afterYear);
        assertTrue(page.contains("before 1800"), "one bar counts the claims dated before 1800");
        assertTrue(page.contains("publishedFrom=" + (afterYear + 1) + "-01-01"), "the late bar opens those claims");
    }

    @Test
    void listFiltersOnDatesFarOutsideTheRangeAnswerWithoutFailing() {
        for (String query : new String[] {"publishedFrom=-999999999-01-01", "publishedTo=+999999999-12-31",
                "publishedFrom=-999999999-01-01&publishedTo=+999999999-12-31"}) {
            int status = asReviewer().urlEncodingEnabled(false).get("/api/claims?" + query.replace("+", "%2B")).statusCode();
            assertTrue(status == 200 || status == 400, query + " answered " + status);
        }
    }
}
