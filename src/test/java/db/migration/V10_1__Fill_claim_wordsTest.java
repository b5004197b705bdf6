package db.migration;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The migration's own tokenizer, frozen as it was released: these words must never change. */
class V10_1__Fill_claim_wordsTest {

    @Test
    void wordsAreLowerCasedLettersAndDigitsWithoutStopWordsCutAtFortyCharacters() {
        assertEquals(Set.of("ministry", "issued", "40", "passports", "2023", "cruz", "said", "señora"),
                V10_1__Fill_claim_words.words("The Ministry issued 40 passports in 2023, de la Cruz said — Señora."));
        assertEquals(Set.of("a".repeat(40)), V10_1__Fill_claim_words.words("a".repeat(50)));
        assertEquals(List.of("drones", "12", "bolivia"),
                new ArrayList<>(V10_1__Fill_claim_words.words("Drones: 12 drones to Bolivia, the drones")));
    }

    @Test
    void everyStoredClaimGetsItsWordsInBatchesOfItsOwn() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:v10_1")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("create table claim (id bigint primary key, text varchar(1000) not null)");
                sql.execute("create table claim_word (claim_id bigint not null, word varchar(40) not null)");
                sql.execute("insert into claim values (1, 'Officials shipped 12 drones.'), (2, 'The port of Rosario')");
            }
            new V10_1__Fill_claim_words().migrate(MigrationContext.over(db));
            List<String> stored = new ArrayList<>();
            try (Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery("select claim_id, word from claim_word order by claim_id, word")) {
                while (rows.next()) {
                    stored.add(rows.getLong(1) + ":" + rows.getString(2));
                }
            }
            assertEquals(List.of("1:12", "1:drones", "1:officials", "1:shipped", "2:port", "2:rosario"), stored);
        }
    }
}
