package io.claimdesk;

import static io.claimdesk.TestUsers.asReviewer;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements a page costs, with Hibernate's statistics (on in the test profile). */
@ApplicationScoped
public class StatementCounter {

    private final SessionFactory sessionFactory;

    StatementCounter(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /**
     * Statements run to answer a GET of {@code url} as the shared reviewer. The statistics are the whole app's, so the
     * matcher, which links a test's imports in the background, is waited for first.
     */
    public long forGet(String url) {
        TestMatching.waitUntilLinked();
        // The request is prepared first: asReviewer() may create the shared reviewer, which is not the page's work.
        RequestSpecification request = asReviewer();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.get(url).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
