package db.migration;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Articles stored before languages existed get theirs told from the text, and their claims follow. */
class V15_1__Detect_article_languagesTest {

    private static final String SPANISH = "El concejo municipal de Tarija aprobó anoche una ordenanza que prohíbe "
            + "la venta de bolsas plásticas en los mercados de la ciudad a partir de enero, según informó su presidenta.";
    private static final String PORTUGUESE = "A câmara municipal de Londrina aprovou ontem à noite uma lei que proíbe "
            + "a venda de sacolas plásticas nas feiras da cidade a partir de janeiro, segundo informou a sua presidente.";
    private static final String ENGLISH = "The city council of Dunedin approved last night a bylaw that bans the sale "
            + "of plastic bags at the city's markets from January, its chair told the local radio station.";

    @Test
    void storedArticlesAndTheirClaimsGetTheLanguageTheirTextIsWrittenIn() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:v15_1")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("create table article (id bigint primary key, text clob not null,"
                        + " language varchar(3) default 'und' not null)");
                sql.execute("create table claim (id bigint primary key, article_id bigint not null,"
                        + " language varchar(3) default 'und' not null)");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into article (id, text, language) values (?, ?, ?)")) {
                Object[][] rows = {{1, SPANISH, "und"}, {2, PORTUGUESE, "und"}, {3, ENGLISH, "und"},
                        {4, "Menu Login", "und"}, {5, ENGLISH, "es"}};
                for (Object[] row : rows) {
                    insert.setInt(1, (Integer) row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.executeUpdate();
                }
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("insert into claim (id, article_id) values (10, 1), (11, 1), (20, 2), (30, 3), (40, 4)");
            }

            new V15_1__Detect_article_languages().migrate(MigrationContext.over(db));

            assertEquals(List.of("1:es", "2:pt", "3:en", "4:und", "5:es"), rows(db, "select id, language from article order by id"),
                    "a language an editor set is kept; a text too short to tell stays und");
            assertEquals(List.of("10:es", "11:es", "20:pt", "30:en", "40:und"), rows(db, "select id, language from claim order by id"));
        }
    }

    private static List<String> rows(Connection db, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet r = sql.executeQuery(query)) {
            while (r.next()) {
                rows.add(r.getLong(1) + ":" + r.getString(2));
            }
        }
        return rows;
    }
}
