package io.claimdesk.article;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import io.quarkus.test.junit.TestProfile;

/** The same checks as {@link SeedFirstStartTest}, on a second start of the app over the same database file. */
// The restart check runs on an H2 file of its own; the seed logic it checks is the same on PostgreSQL.
@DisabledIfEnvironmentVariable(named = "CLAIMDESK_DB_KIND", matches = "postgresql")
@QuarkusTest
@TestProfile(SeedRestartProfiles.SecondStart.class)
class SeedSecondStartTest extends SeedFirstStartTest {
}
