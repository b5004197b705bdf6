package io.claimdesk.matching;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.article.Article;
import io.claimdesk.claim.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Spanish and an English account of one visit, linked across languages and shown with the other's language. */
@QuarkusTest
class CrossLanguageRelationsTest {

    @Inject
    TestArticles articles;

    @Test
    void aSpanishAndAnEnglishDelegationConflictAndEachShowsTheOthersLanguage() {
        String name = TestArticles.uniqueName();
        Article spanish = articles.create(TestArticles.uniqueOutlet("Diario"), LocalDate.of(2024, 2, 12),
                "El canciller iraní, Hosein " + name + ", llegó a Managua acompañado de una delegación de 60 empresarios.");
        Article english = articles.create(TestArticles.uniqueOutlet("Wire"), LocalDate.of(2024, 2, 13),
                "Iranian Foreign Minister Hossein " + name + " arrived in Managua heading a trade mission of 120 members.");
        // stated here, so the test does not rest on detecting the language of one sentence
        setLanguage(spanish, "es");
        setLanguage(english, "en");
        TestMatching.waitUntilLinked();
        long es = RelationsTest.onlyClaimOf(spanish);
        long en = RelationsTest.onlyClaimOf(english);

        Map<String, Object> fromEnglish = RelationsTest.relation(en, es);
        assertEquals("CONFLICT", fromEnglish.get("type"));
        assertEquals("120 members ≠ 60 empresarios", fromEnglish.get("detail"));
        assertEquals("es", fromEnglish.get("language"));
        assertEquals("en", RelationsTest.relation(es, en).get("language"));

        asReviewer().get("/claims/" + en).then().statusCode(200)
                .body(containsString("<abbr class=\"badge language\" title=\"Español\" lang=\"es\">ES</abbr>"));
        asReviewer().get("/claims/" + es).then().statusCode(200)
                .body(containsString("<abbr class=\"badge language\" title=\"English\" lang=\"en\">EN</abbr>"))
                .body(not(containsString("title=\"Español\"")));
    }

    private static void setLanguage(Article article, String language) {
        QuarkusTransaction.requiringNew().run(() -> {
            Article.update("language = ?1 where id = ?2", language, article.id);
            Claim.update("language = ?1 where article.id = ?2", language, article.id);
        });
    }
}
