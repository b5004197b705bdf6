package db.migration;

import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** A Flyway context around a plain connection, to run one Java migration on a table of its own. */
final class Contexts {

    private Contexts() {
    }

    static Context of(Connection connection) {
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
