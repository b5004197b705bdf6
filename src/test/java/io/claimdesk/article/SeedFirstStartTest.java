package io.claimdesk.article;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;

/** See {@link SeedRestartProfiles}: whichever start runs second must find the seeds stored and add nothing. */
// The restart check runs on an H2 file of its own; the seed logic it checks is the same on PostgreSQL.
@DisabledIfEnvironmentVariable(named = "CLAIMDESK_DB_KIND", matches = "postgresql")
@QuarkusTest
@TestProfile(SeedRestartProfiles.FirstStart.class)
class SeedFirstStartTest {

    @Test
    void showsTheFiveSeedsAndTheirClaimsOnce() throws IOException {
        SeedRestartAssertions.exactlyTheFiveSeedsAndTheirClaims();
    }
}
