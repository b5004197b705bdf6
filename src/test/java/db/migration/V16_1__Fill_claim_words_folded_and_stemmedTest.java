package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimdesk.claim.SearchWords;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class V16_1__Fill_claim_words_folded_and_stemmedTest {

    /** Released together, the frozen copy and the application must store the same words, or searches miss old claims. */
    @Test
    void theMigrationStoresWhatTheApplicationStoresForTheSameClaim() {
        String spanish = "La Cancillería negó que 60 empresarios iraníes recibieran pasaportes en EE.UU.";
        assertEquals(SearchWords.of(spanish, "es"), V16_1__Fill_claim_words_folded_and_stemmed.words(spanish, "es"));
        String portuguese = "Os navios iranianos atracaram no porto, segundo a Marinha.";
        assertEquals(SearchWords.of(portuguese, "pt"), V16_1__Fill_claim_words_folded_and_stemmed.words(portuguese, "pt"));
        String english = "Señora Núñez said the ministry issued 40 passports.";
        assertEquals(SearchWords.of(english, "en"), V16_1__Fill_claim_words_folded_and_stemmed.words(english, "en"));
    }

    @Test
    void oldWordsAreReplacedByFoldedWordsAndStemsByTheClaimsLanguage() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:v16_1")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("create table claim (id bigint primary key, text varchar(1000) not null, language varchar(3))");
                sql.execute("create table claim_word (claim_id bigint not null, word varchar(40) not null)");
                sql.execute("insert into claim values (1, 'Llegó un buque.', 'es'), (2, 'The Nación port', 'en')");
                sql.execute("insert into claim_word values (2, 'nación'), (2, 'port')");
            }
            new V16_1__Fill_claim_words_folded_and_stemmed().migrate(MigrationContext.over(db));
            List<String> stored = new ArrayList<>();
            try (Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery("select claim_id, word from claim_word order by claim_id, word")) {
                while (rows.next()) {
                    stored.add(rows.getLong(1) + ":" + rows.getString(2));
                }
            }
            assertEquals(List.of("1:buque", "1:llego", "1:un", "1:~buqu", "1:~lleg", "2:nacion", "2:port"), stored);
        }
    }
}
