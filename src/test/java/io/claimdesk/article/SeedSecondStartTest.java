package io.claimdesk.article;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same checks as {@link SeedFirstStartTest}, on a second start of the app over the same database file. */
@QuarkusTest
@TestProfile(SeedRestartProfiles.SecondStart.class)
class SeedSecondStartTest extends SeedFirstStartTest {
}
