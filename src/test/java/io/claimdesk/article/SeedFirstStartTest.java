package io.claimdesk.article;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;

/** See {@link SeedRestartProfiles}: whichever start runs second must find the seeds stored and add nothing. */
@QuarkusTest
@TestProfile(SeedRestartProfiles.FirstStart.class)
class SeedFirstStartTest {

    @Test
    void showsTheFiveSeedsAndTheirClaimsOnce() throws IOException {
        SeedRestartAssertions.exactlyTheFiveSeedsAndTheirClaims();
    }
}
