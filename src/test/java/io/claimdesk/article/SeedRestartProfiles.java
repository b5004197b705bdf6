package io.claimdesk.article;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Two test profiles on one H2 file: Quarkus restarts the app between them, so the second start meets a
 * database the first start already seeded — a real restart, not a second call of the loader.
 */
final class SeedRestartProfiles {

    /** One file per test JVM, so a re-run starts from an empty database. */
    static final String URL = "jdbc:h2:file:./target/restart-test/db-" + ProcessHandle.current().pid();

    private SeedRestartProfiles() {
    }

    public static class FirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The second start must find the first one's data: no clean at start here.
            return Map.of("quarkus.datasource.jdbc.url", URL, "quarkus.flyway.clean-at-start", "false");
        }
    }

    public static class SecondStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The second start must find the first one's data: no clean at start here.
            return Map.of("quarkus.datasource.jdbc.url", URL, "quarkus.flyway.clean-at-start", "false");
        }
    }
}
