package io.claimdesk.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.claimdesk.TestArticles;
import io.claimdesk.intake.ArticleImporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticlePagesTest {

    @Inject
    TestArticles articles;

    long seedArticleId(int index) throws IOException {
        String sha = ArticleImporter.sha256(Files.readString(SeedImportTest.seedFiles().get(index)));
        return QuarkusTransaction.requiringNew().call(() -> Article.findBySha256(sha).orElseThrow().id);
    }

    @Test
    void theArticlePageMarksEveryClaimInPlaceAndMutesFurniture() throws IOException {
        long id = seedArticleId(0);
        int claims = asReviewer().get("/api/claims?article=" + id).then().extract().path("total");
        String html = asReviewer().get("/articles/" + id).then().statusCode(200)
                .body(containsString("inferred from “Published 18 August 2016”"))
                .extract().asString();

        Matcher marks = Pattern.compile("<mark id=\"claim-(\\d+)\"><a href=\"/claims/\\1\">").matcher(html);
        int marked = 0;
        while (marks.find()) {
            marked++;
        }
        assertEquals(claims, marked, "one highlighted, linked <mark> per claim");
        assertTrue(html.contains("<span class=\"furniture\" title=\"page furniture"), "furniture is muted");
        assertTrue(Pattern.compile("<span class=\"furniture\"[^>]*>[^<]*google plus").matcher(html).find(),
                "the share list is furniture");
    }

    @Test
    void theArticleListShowsEachSeedWithUnknownsSaidPlainly() throws IOException {
        long noMetadata = seedArticleId(4);
        asReviewer().get("/articles").then().statusCode(200)
                .body(containsString("/articles/" + noMetadata))
                .body(containsString("How Iran Under Raisi Built Close Ties with Latin America"))
                .body(containsString("Florencia Montaruli"))
                .body(containsString("<span class=\"unknown\">unknown</span>"));
    }

    @Test
    void markupInAnArticleIsShownAsTextNeverRun() {
        String script = "<script>alert(1)</script>";
        Article article = articles.create(TestArticles.uniqueOutlet(script), java.time.LocalDate.of(2024, 1, 2),
                "The ministry said on Monday that " + script + " 12 drones were delivered to Caracas in 2023.");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        for (String page : List.of("/articles", "/articles/" + article.id, "/?outlet=" + article.outlet.name)) {
            String html = asReviewer().get(page).then().statusCode(200).extract().asString();
            assertTrue(html.contains(escaped), page + " shows the markup as text");
            assertFalse(html.contains(script), page + " never carries it as markup");
        }
    }
}
