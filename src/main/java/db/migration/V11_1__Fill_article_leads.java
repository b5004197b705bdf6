package db.migration;

import io.claimdesk.extraction.LanguagePack;
import io.claimdesk.extraction.Leads;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills {@code article.lead} for the articles stored before it existed, with the reading new imports use
 * ({@link Leads}): where the body starts is the segmenter's call, which SQL cannot make.
 *
 * <p>Unlike V10_1, which keeps a frozen copy of its tokenizer, this one calls the extraction library as it is:
 * freezing it would copy the segmenter and its language pack (some 1,500 lines). That is safe here because the lead
 * is a display name derived from the text, which every re-extraction writes again; nothing is stored or looked up
 * by it, so a later segmenter only gives the lead a re-extraction would give too.
 */
public class V11_1__Fill_article_leads extends BaseJavaMigration {

    private static final int BATCH = 200;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Leads leads = new Leads(LanguagePack.of("en"));
        long after = 0;
        while (true) {
            long last = after;
            try (PreparedStatement read = connection.prepareStatement(
                    "select id, text from article where id > ? order by id fetch first " + BATCH + " rows only");
                 PreparedStatement write = connection.prepareStatement("update article set lead = ? where id = ?")) {
                read.setLong(1, after);
                try (ResultSet articles = read.executeQuery()) {
                    while (articles.next()) {
                        last = articles.getLong(1);
                        write.setString(1, leads.of(articles.getString(2)));
                        write.setLong(2, last);
                        write.addBatch();
                    }
                }
                write.executeBatch();
            }
            if (last == after) {
                return;
            }
            after = last;
        }
    }
}
