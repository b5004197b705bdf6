package db.migration;

import io.claimdesk.claim.SearchWords;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills {@code claim_word} for the claims stored before text search had an index, with the tokenizer new claims
 * use ({@link SearchWords}): SQL alone cannot split text into words the same way on H2 and PostgreSQL.
 */
public class V10_1__Fill_claim_words extends BaseJavaMigration {

    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = 0;
        while (true) {
            long last = fillBatch(connection, after);
            if (last == after) {
                return;
            }
            after = last;
        }
    }

    /** Fills the words of up to {@link #BATCH} claims with ids above {@code after}; returns the last id seen. */
    private static long fillBatch(Connection connection, long after) throws SQLException {
        long last = after;
        try (PreparedStatement read = connection.prepareStatement(
                "select id, text from claim where id > ? order by id fetch first " + BATCH + " rows only");
             PreparedStatement write = connection.prepareStatement("insert into claim_word (claim_id, word) values (?, ?)")) {
            read.setLong(1, after);
            try (ResultSet claims = read.executeQuery()) {
                while (claims.next()) {
                    last = claims.getLong(1);
                    for (String word : SearchWords.of(claims.getString(2))) {
                        write.setLong(1, last);
                        write.setString(2, word);
                        write.addBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return last;
    }
}
