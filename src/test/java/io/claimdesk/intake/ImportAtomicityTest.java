package io.claimdesk.intake;

import static io.claimdesk.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A failure in the middle of an import leaves no article without claims and no claims without an article. */
@QuarkusTest
class ImportAtomicityTest {

    @Inject
    ArticleImporter importer;

    @Inject
    EntityManager em;

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    @Test
    void aFailureAfterTheClaimsWereWrittenLeavesNothing() {
        String text = ImportApiTest.story() + "\n" + FailingImport.MARKER + "\n";
        long articles = count("article");
        long claims = count("claim");
        long segments = count("article_segment");

        asAdmin().contentType("text/plain").body(text).post("/api/articles").then().statusCode(500)
                .body("error", equalTo("internal error")).body(not(containsString("IllegalStateException")));

        assertFalse(importer.isStored(text));
        assertEquals(articles, count("article"));
        assertEquals(claims, count("claim"));
        assertEquals(segments, count("article_segment"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim c where not exists (select 1 from article a where a.id = c.article_id)")
                .getSingleResult()).longValue()));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from article a where not exists (select 1 from claim c where c.article_id = a.id)"
                        + " and not exists (select 1 from article_segment s where s.article_id = a.id)")
                .getSingleResult()).longValue()));
    }
}
