package io.claimdesk.article;

import io.claimdesk.TestArticles;
import io.claimdesk.intake.ArticleImporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ArticleApiTest {

    @Inject
    TestArticles articles;

    @Test
    void theListGivesMetadataAndClaimCountsPaged() {
        String outlet = TestArticles.uniqueOutlet("List Outlet");
        Article article = articles.create(outlet, LocalDate.of(2022, 6, 1), TestArticles.TRADE);
        asReviewer().get("/api/articles?size=200").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(6))
                .body("page", equalTo(1))
                .body("items.outlet", hasItem(outlet))
                .body("items.find { it.id == " + article.id + " }.claimCount", equalTo(1))
                .body("items.find { it.id == " + article.id + " }.published", equalTo("2022-06-01"));
    }

    @Test
    void oneArticleHasItsTextShaAndWhereEachValueCameFrom() {
        String outlet = TestArticles.uniqueOutlet("Detail Outlet");
        Article article = articles.create(outlet, LocalDate.of(2022, 6, 1), TestArticles.TRADE);
        asReviewer().get("/api/articles/" + article.id).then().statusCode(200)
                .body("id", equalTo(article.id.intValue()))
                .body("text", equalTo(article.text))
                .body("sha256", equalTo(ArticleImporter.sha256(article.text)))
                .body("outlet", equalTo(outlet))
                .body("outletEvidence", nullValue())
                .body("author", equalTo("Test Author"))
                .body("title", equalTo("Test article"));
    }

    @Test
    void anEditorImportsAnArticleByApiOnceAndOnlyOnce() {
        String editor = io.claimdesk.TestUsers.newUser("editor");
        String text = "Published 3 March 2023\n\n" + TestArticles.DRONES + "\n\n" + TestArticles.TRADE + "\n\nNote "
                + java.util.UUID.randomUUID() + "\n";
        String location = io.claimdesk.TestUsers.as(editor).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("text", text, "outlet", "Api Import Outlet"))
                .post("/api/articles").then().statusCode(201)
                .body("claims", equalTo(2)).body("sha256", equalTo(ArticleImporter.sha256(text)))
                .extract().header("Location");
        asReviewer().get(location).then().statusCode(200).body("text", equalTo(text))
                .body("published", equalTo("2023-03-03")).body("publishedEvidence", equalTo("Published 3 March 2023"))
                .body("outlet", equalTo("Api Import Outlet")).body("outletEvidence", nullValue());

        io.claimdesk.TestUsers.as(editor).contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("text", text))
                .post("/api/articles").then().statusCode(409).body("error", equalTo("duplicate article"))
                .header("Location", containsString(location.substring(location.indexOf("/api/"))));
        io.claimdesk.TestUsers.as(editor).contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("text", "  "))
                .post("/api/articles").then().statusCode(400).body("error", equalTo("invalid text"));
        asReviewer().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("text", text + "x"))
                .post("/api/articles").then().statusCode(403);
    }

    @Test
    void unknownArticleIsA404InBothLanguages() {
        asReviewer().get("/api/articles/424242424").then().statusCode(404)
                .body("error", equalTo("not found")).body("detail", equalTo("There is no article 424242424"));
        asReviewer().get("/articles/424242424").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is no article 424242424"));
        asReviewer().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"));
        asReviewer().get("/api/articles?size=0").then().statusCode(400).body("error", equalTo("invalid size"));
    }
}
