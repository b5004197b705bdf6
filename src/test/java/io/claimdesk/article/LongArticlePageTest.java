package io.claimdesk.article;

import io.claimdesk.StatementCounter;
import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.intake.ArticleImporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long article's page shows its text in parts: each part costs what a short article's page does, and no claim is lost. */
@QuarkusTest
class LongArticlePageTest {

    private static final Pattern MARKED = Pattern.compile("id=\"claim-(\\d+)\"");

    @Inject
    ArticleImporter importer;

    @Inject
    TestArticles articles;

    @Inject
    StatementCounter statements;

    @Test
    void aLongArticleIsShownInPartsThatTogetherMarkEveryClaimOnce() {
        long shortArticle = articles.create(TestArticles.uniqueOutlet("Short"), LocalDate.of(2024, 5, 1),
                TestArticles.DRONES, TestArticles.TRADE).id;
        long longArticle = importer.importArticle(new NewArticle(TestArticles.longText(TestArticles.uniqueName(), 700),
                "A long ledger", TestArticles.uniqueOutlet("Long"), null, null, null, "test"), null).id;
        int claimCount = asReviewer().get("/api/articles/" + longArticle).then().statusCode(200).extract().path("claimCount");
        assertTrue(claimCount >= 700, "claims drawn: " + claimCount);

        String first = asReviewer().get("/articles/" + longArticle).then().statusCode(200)
                .body(containsString("part 1 of ")).extract().asString();
        int parts = Integer.parseInt(first.replaceAll("(?s).*part 1 of (\\d+).*", "$1"));
        assertTrue(parts >= 3, "a 67,000-character text in parts of 20,000 (the test profile's): " + parts);

        List<Long> marked = new ArrayList<>(marks(first));
        assertTrue(marked.size() < claimCount / 2, "one part marks its own claims only: " + marked.size());
        for (int part = 2; part <= parts; part++) {
            marked.addAll(marks(asReviewer().get("/articles/" + longArticle + "?part=" + part).then().statusCode(200)
                    .extract().asString()));
        }
        assertEquals(claimCount, marked.size(), "every claim is marked once, in the part it starts in");
        assertEquals(claimCount, marked.stream().distinct().count());

        long last = marked.get(marked.size() - 1);
        asReviewer().get("/articles/" + longArticle + "?claim=" + last).then().statusCode(200)
                .body(containsString("part " + parts + " of " + parts)).body(containsString("id=\"claim-" + last + "\""));

        // The long article is linked slice by slice in the background, and the statements counted are the whole
        // app's: count once the matcher is done, so that only the pages' own statements are compared.
        TestMatching.waitUntilLinked(120);
        assertEquals(statements.forGet("/articles/" + shortArticle), statements.forGet("/articles/" + longArticle),
                "a part of a long article is read as a short article is");
        assertEquals(statements.forGet("/articles/" + longArticle), statements.forGet("/articles/" + longArticle + "?part=" + parts));
    }

    private static List<Long> marks(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = MARKED.matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
