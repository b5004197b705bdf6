package io.claimdesk.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticlePagesTest {

    long seedArticleId(int index) throws IOException {
        String sha = ArticleImporter.sha256(Files.readString(SeedImportTest.seedFiles().get(index)));
        return QuarkusTransaction.requiringNew().call(() -> Article.findBySha256(sha).orElseThrow().id);
    }

    @Test
    void theArticlePageMarksEveryClaimInPlaceAndMutesFurniture() throws IOException {
        long id = seedArticleId(0);
        int claims = given().get("/api/claims?article=" + id).then().extract().path("total");
        String html = given().get("/articles/" + id).then().statusCode(200)
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
        given().get("/articles").then().statusCode(200)
                .body(containsString("/articles/" + noMetadata))
                .body(containsString("How Iran Under Raisi Built Close Ties with Latin America"))
                .body(containsString("Florencia Montaruli"))
                .body(containsString("<span class=\"unknown\">unknown</span>"));
    }

    @Test
    void textFromTheArticleIsEscapedNotInterpreted() {
        given().get("/articles").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("<script")));
    }
}
