package io.claimdesk.article;

import io.claimdesk.extraction.ClaimExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.equalTo;

/** What any start on a seeded database must show: the five seeds, and their claims once each. */
final class SeedRestartAssertions {

    private SeedRestartAssertions() {
    }

    static void exactlyTheFiveSeedsAndTheirClaims() throws IOException {
        ClaimExtractor extractor = new ClaimExtractor();
        int expectedClaims = SeedImportTest.seedFiles().stream()
                .mapToInt(seed -> extractor.extract(read(seed)).claims().size())
                .sum();
        io.claimdesk.TestUsers.asAdmin().get("/api/articles").then().statusCode(200).body("total", equalTo(5));
        io.claimdesk.TestUsers.asAdmin().get("/api/claims?size=1").then().statusCode(200).body("total", equalTo(expectedClaims));
    }

    private static String read(Path seed) {
        try {
            return Files.readString(seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
