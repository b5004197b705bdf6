package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills {@code claim_word} for the claims stored before text search had an index: SQL alone cannot split text into
 * words the same way on H2 and PostgreSQL.
 *
 * <p>The tokenizer is a copy of {@code io.claimdesk.claim.SearchWords} as it was when this migration was written,
 * frozen here on purpose: a migration must do on an old database today what it did when it was released, so it
 * calls no application code that may change. A later change to how claims are split into words comes with its own
 * migration that fills the table again.
 */
public class V10_1__Fill_claim_words extends BaseJavaMigration {

    private static final int BATCH = 5_000;

    /** The width of {@code claim_word.word}: longer words are cut to it. */
    private static final int MAX_LENGTH = 40;

    private static final Set<String> STOP = Set.of("the", "of", "and", "to", "in", "a", "an", "is", "was", "for",
            "on", "that", "with", "as", "by", "at", "it", "from", "be", "has", "have", "are", "were", "its", "this",
            "de", "la", "el", "y", "en", "los", "las", "del");

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Fills the words of every claim, a batch at a time. */
    void fill(Connection connection) throws SQLException {
        long after = 0;
        while (true) {
            long last = fillBatch(connection, after);
            if (last == after) {
                return;
            }
            after = last;
        }
    }

    /** The claim's columns its words are drawn from, read after its id. */
    String columns() {
        return "text";
    }

    /** The words of one claim row ({@link #columns()} from the second column on). */
    Set<String> wordsOf(ResultSet claim) throws SQLException {
        return words(claim.getString(2));
    }

    /** Fills the words of up to {@link #BATCH} claims with ids above {@code after}; returns the last id seen. */
    private long fillBatch(Connection connection, long after) throws SQLException {
        long last = after;
        try (PreparedStatement read = connection.prepareStatement("select id, " + columns()
                + " from claim where id > ? order by id fetch first " + BATCH + " rows only");
             PreparedStatement write = connection.prepareStatement("insert into claim_word (claim_id, word) values (?, ?)")) {
            read.setLong(1, after);
            try (ResultSet claims = read.executeQuery()) {
                while (claims.next()) {
                    last = claims.getLong(1);
                    for (String word : wordsOf(claims)) {
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

    /** The distinct words of a text: letters and digits, lower-cased, stop words left out. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : split(text)) {
            if (!STOP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(lower.substring(start, Math.min(i, start + MAX_LENGTH)));
                start = -1;
            }
        }
        return words;
    }
}
