package io.claimdesk.article;

import io.claimdesk.claim.Claim;
import io.claimdesk.intake.ArticleImporter;
import io.claimdesk.intake.SeedLoader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SeedImportTest {

    @Inject
    SeedLoader seeds;

    @Test
    void everySeedFileIsStoredOnceByItsSha256() throws IOException {
        for (Path seed : seedFiles()) {
            String sha = ArticleImporter.sha256(Files.readString(seed));
            long stored = QuarkusTransaction.requiringNew().call(() -> Article.count("sha256", sha));
            assertEquals(1, stored, seed + " should be stored exactly once");
        }
    }

    @Test
    void theStoredTextIsTheSeedFileByteForByte() throws IOException {
        for (Path seed : seedFiles()) {
            byte[] bytes = Files.readAllBytes(seed);
            String sha = ArticleImporter.sha256(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            long id = QuarkusTransaction.requiringNew().call(() -> Article.findBySha256(sha).orElseThrow().id);
            String text = asReviewer().get("/api/articles/" + id).then().statusCode(200)
                    .body("sha256", equalTo(sha))
                    .extract().path("text");
            assertTrue(java.util.Arrays.equals(bytes, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    seed + " should come back byte-identical");
        }
    }

    @Test
    void loadingTheSeedFolderAgainAddsNothing() {
        long articlesBefore = QuarkusTransaction.requiringNew().call(() -> Article.count());
        long claimsBefore = QuarkusTransaction.requiringNew().call(() -> Claim.count());

        int imported = seeds.load(Path.of("seed"));

        long articlesAfter = QuarkusTransaction.requiringNew().call(() -> Article.count());
        long claimsAfter = QuarkusTransaction.requiringNew().call(() -> Claim.count());
        assertEquals(0, imported);
        assertEquals(articlesBefore, articlesAfter);
        assertEquals(claimsBefore, claimsAfter);
    }

    @Test
    void publishedDatesAreReadFromTheTextWithTheirEvidence() throws IOException {
        Path teleSur = seedFiles().get(0);
        String sha = ArticleImporter.sha256(Files.readString(teleSur));
        long id = QuarkusTransaction.requiringNew().call(() -> Article.findBySha256(sha).orElseThrow().id);
        asReviewer().get("/api/articles/" + id).then().statusCode(200)
                .body("published", equalTo("2016-08-18"))
                .body("publishedEvidence", equalTo("Published 18 August 2016"));
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seed"))) {
            List<Path> seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, seeds.size(), "the seed folder holds the five corpus articles");
            return seeds;
        }
    }
}
