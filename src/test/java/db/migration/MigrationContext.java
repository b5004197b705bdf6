package db.migration;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;

/** What Flyway hands a Java migration, over a test's own database. */
final class MigrationContext {

    private MigrationContext() {
    }

    static Context over(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
