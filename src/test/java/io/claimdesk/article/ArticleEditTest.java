package io.claimdesk.article;

import io.claimdesk.FormSession;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ArticleEditTest {

    @Inject
    TestArticles articles;

    @Test
    void anEditorFixesMetadataWithTheEtagAndTheClaimsFollow() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Before"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).then().statusCode(200).extract().header("ETag");
        String newOutlet = TestArticles.uniqueOutlet("After");

        Response edited = as(editor).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outlet", newOutlet, "published", "2021-09-07", "outletStance", "CRITICAL"))
                .patch("/api/articles/" + article.id);
        edited.then().statusCode(200).body("outlet", equalTo(newOutlet)).body("published", equalTo("2021-09-07"))
                .body("outletStance", equalTo("CRITICAL"));
        assertNotEquals(etag, edited.header("ETag"));

        TestUsers.asReviewer().get("/api/claims?outlet=" + newOutlet).then().body("total", equalTo(1))
                .body("items[0].published", equalTo("2021-09-07")).body("items[0].outletStance", equalTo("CRITICAL"));
    }

    @Test
    void aStaleEditIsRefusedWith409AndChangesNothing() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Stale"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("title", "First edit"))
                .patch("/api/articles/" + article.id).then().statusCode(200);

        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("title", "Second edit, stale"))
                .patch("/api/articles/" + article.id).then().statusCode(409)
                .body("error", equalTo("stale edit")).body("current.title", equalTo("First edit"));
        as(editor).get("/api/articles/" + article.id).then().body("title", equalTo("First edit"));
        as(editor).contentType(ContentType.JSON).body(Map.of("title", "no version")).patch("/api/articles/" + article.id)
                .then().statusCode(428).body("error", equalTo("precondition required"));
    }

    @Test
    void badMetadataAndWrongRolesAreRefused() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Bad"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("published", "last Tuesday"))
                .patch("/api/articles/" + article.id).then().statusCode(400).body("error", equalTo("invalid published"));
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("url", "javascript:alert(1)"))
                .patch("/api/articles/" + article.id).then().statusCode(400).body("error", equalTo("invalid url"));
        TestUsers.asReviewer().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .patch("/api/articles/" + article.id).then().statusCode(403);
    }

    @Test
    void theEditFormShowsBothVersionsWhenSomeoneElseSavedFirst() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Form"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        FormSession form = FormSession.open("/articles/" + article.id + "/edit", () -> as(editor));
        String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
        as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("title", "Saved by a colleague"))
                .patch("/api/articles/" + article.id).then().statusCode(200);

        Map<String, String> mine = new HashMap<>(Map.of("title", "My title", "outlet", "", "author", "A. Writer",
                "published", "2020-01-01", "url", "", "outletStance", ""));
        mine.put("version", etag.replace("\"", ""));
        form.post("/articles/" + article.id + "/edit", mine).then().statusCode(409)
                .body(containsString("Someone changed this article"))
                .body(containsString("Saved by a colleague"))
                .body(containsString("value=\"My title\""));
    }

    @Test
    void anEditWithADateOutOfRangeIsRefusedAndChangesNothing() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Dates"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
        for (String date : new String[] {"1799-12-31", (LocalDate.now().getYear() + 2) + "-01-01", "-999999999-01-01"}) {
            as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("published", date))
                    .patch("/api/articles/" + article.id).then().statusCode(400)
                    .body("error", equalTo("invalid published")).body("detail", containsString("from 1800-01-01"));
            FormSession.open("/articles/" + article.id + "/edit", () -> as(editor))
                    .post("/articles/" + article.id + "/edit", Map.of("published", date, "version", etag.replace("\"", "")))
                    .then().statusCode(400).body(containsString("published must be a date from 1800-01-01"));
        }
        as(editor).get("/api/articles/" + article.id).then().body("published", equalTo("2020-01-01"));
    }

    @Test
    void anOverLongFieldIsRefusedNamingItsLimit() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Long"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
        Map<String, Integer> limits = Map.of("title", 1000, "outlet", 200, "author", 300, "url", 2000);
        limits.forEach((field, limit) -> {
            String value = field.equals("url") ? "https://example.org/" + "a".repeat(limit) : "x".repeat(limit + 1);
            as(editor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of(field, value))
                    .patch("/api/articles/" + article.id).then().statusCode(400)
                    .body("error", equalTo("invalid " + field))
                    .body("detail", containsString("at most " + limit + " characters"));
            FormSession.open("/articles/" + article.id + "/edit", () -> as(editor))
                    .post("/articles/" + article.id + "/edit", Map.of(field, value, "version", etag.replace("\"", "")))
                    .then().statusCode(400).body(containsString(field + " may have at most " + limit));
        });
        as(editor).get("/api/articles/" + article.id).then().body("title", equalTo("Test article"));
    }

    @Test
    void theEditFormShowsAWrongDateAndAWrongAddressTogetherAndChangesNothing() {
        String editor = TestUsers.newUser("editor");
        Article article = articles.create(TestArticles.uniqueOutlet("Both"), LocalDate.of(2020, 1, 1), TestArticles.TRADE);
        String etag = as(editor).get("/api/articles/" + article.id).header("ETag");
        FormSession.open("/articles/" + article.id + "/edit", () -> as(editor))
                .post("/articles/" + article.id + "/edit", Map.of("title", "Kept title", "published", "next week",
                        "url", "javascript:alert(1)", "version", etag.replace("\"", "")))
                .then().statusCode(400)
                .body(containsString("<input id=\"published\" name=\"published\" type=\"date\" value=\"next week\""
                        + " aria-describedby=\"published-error\" aria-invalid=\"true\">"))
                .body(containsString("published must be a date like 2024-05-29"))
                .body(containsString("<input id=\"url\" name=\"url\" type=\"url\" value=\"javascript:alert(1)\""
                        + " aria-describedby=\"url-error\" aria-invalid=\"true\">"))
                .body(containsString("url must be an http(s) address"))
                .body(containsString("value=\"Kept title\""));
        as(editor).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("published", "next week", "url", "javascript:alert(1)")).patch("/api/articles/" + article.id)
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("published", "url")));
        as(editor).get("/api/articles/" + article.id).then().body("title", equalTo("Test article"));
    }
}
