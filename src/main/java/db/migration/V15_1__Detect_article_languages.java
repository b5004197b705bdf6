package db.migration;

import io.claimdesk.extraction.Language;
import io.claimdesk.extraction.LanguageDetector;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Tells the language of the articles stored before articles had one (V14 gave them all {@code und}) and gives it to
 * their claims, so the list's language filter and the exports answer for the old corpus too. Their claims stay as the
 * English rules drew them: re-running the extractor over every article (an admin's button) draws them again with
 * their language's rules, keeping every reviewed claim, which a migration should not do behind the desk's back.
 *
 * <p>Like V11_1, it calls the extraction library as it is rather than a frozen copy: the language is a model's
 * reading that an editor may correct, nothing is keyed by it, and a later detector would only tell it better.
 */
public class V15_1__Detect_article_languages extends BaseJavaMigration {

    private static final int BATCH = 200;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        LanguageDetector detector = new LanguageDetector();
        long after = 0;
        while (true) {
            long last = after;
            try (PreparedStatement read = connection.prepareStatement("select id, text from article"
                    + " where id > ? and language = 'und' order by id fetch first " + BATCH + " rows only");
                 PreparedStatement article = connection.prepareStatement("update article set language = ? where id = ?");
                 PreparedStatement claims = connection.prepareStatement("update claim set language = ? where article_id = ?")) {
                read.setLong(1, after);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        Language language = detector.detect(rows.getString(2));
                        if (language != Language.UND) {
                            for (PreparedStatement write : new PreparedStatement[] {article, claims}) {
                                write.setString(1, language.code());
                                write.setLong(2, last);
                                write.addBatch();
                            }
                        }
                    }
                }
                article.executeBatch();
                claims.executeBatch();
            }
            if (last == after) {
                return;
            }
            after = last;
        }
    }
}
