package io.claimdesk.matching;

import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.article.Article;
import io.claimdesk.intake.ArticleImporter;
import io.claimdesk.article.NewArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A long article is linked to the corpus slice by slice, and the imports that come after it are linked between two
 * slices: they do not wait for the whole long article (the test profile's slices are 100 claims).
 */
@QuarkusTest
class LongArticleMatchingTest {

    @Inject
    ArticleImporter importer;

    @Inject
    TestArticles articles;

    @Inject
    EntityManager em;

    @Test
    void aNormalImportAfterALongOneIsLinkedWhileTheLongOneIsStillBeingLinked() throws InterruptedException {
        long longArticle = importer.importArticle(new NewArticle(TestArticles.longText(TestArticles.uniqueName(), 1_500),
                "A long ledger", TestArticles.uniqueOutlet("Ledger"), null, null, null, "test"), null).id;
        // Words no other test's articles share, so that other tests' claims never join this pair.
        String event = "Envoy " + TestArticles.uniqueName() + " opened 31 grain silos at the port of Rosario";
        Article early = articles.create(TestArticles.uniqueOutlet("Early"), LocalDate.of(2024, 3, 4), event + ".");
        Article later = articles.create(TestArticles.uniqueOutlet("Later"), LocalDate.of(2024, 3, 5), event + ", officials said.");

        // Imports answer before they are linked: wait for the later one alone, not for the whole long article.
        waitUntilMatched(later.id);
        RelationsTest.relation(RelationsTest.onlyClaimOf(later), RelationsTest.onlyClaimOf(early));
        assertNull(matchedAt(longArticle), "the long article, imported first, is still being linked");

        TestMatching.waitUntilLinked(180);
        assertNotNull(matchedAt(longArticle), "the long article is linked in the end, slice after slice");
    }

    private void waitUntilMatched(long articleId) throws InterruptedException {
        for (int i = 0; i < 600 && matchedAt(articleId) == null; i++) {
            Thread.sleep(50);
        }
        assertNotNull(matchedAt(articleId), "article " + articleId + " linked within 30 s");
    }

    private Instant matchedAt(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Article.class, articleId).matchedAt);
    }
}
