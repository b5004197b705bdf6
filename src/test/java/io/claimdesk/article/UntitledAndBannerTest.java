package io.claimdesk.article;

import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an editor sees for a text pasted without its headline, and for a page copied with the site's banner: the
 * start of the first sentence as the article's name, and no publication date taken from the banner.
 */
@QuarkusTest
class UntitledAndBannerTest {

    private static long importText(String text) {
        return asAdmin().contentType("application/json").body(Map.of("text", text)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aTextWithoutItsHeadlineIsNamedByItsFirstSentenceNotByTheImportChannel() {
        String port = "Puerto " + UUID.randomUUID().toString().substring(0, 8);
        long id = importText("Dockworkers at " + port + " walked off the job on Monday after talks on a new"
                + " collective agreement broke down, the union said. The stoppage left 14 ships waiting in the bay.\n\n"
                + "The port authority said 1,500 of the port's 6,000 workers had joined the strike, while the union"
                + " put the number at 4,000. Talks are due to resume on Thursday in Santiago, the labour ministry said.\n");

        asReviewer().get("/api/articles/" + id).then().statusCode(200).body("title", nullValue());
        asReviewer().get("/articles/" + id).then().statusCode(200)
                .body(containsString("<h1 lang=\"en\">Untitled: Dockworkers at " + port))
                .body(not(containsString("\">api")));
        asReviewer().get("/articles").then().statusCode(200)
                .body(containsString("Untitled: Dockworkers at " + port));
        asReviewer().header("Accept-Language", "es").get("/articles/" + id).then().statusCode(200)
                .body(containsString("<h1 lang=\"en\">Sin título: Dockworkers at " + port))
                .body(not(containsString("Untitled")));
    }

    @Test
    void theDayOnASiteBannerIsNeverThePublicationDate() {
        String town = "Villa " + UUID.randomUUID().toString().substring(0, 8);
        long id = importText("Wednesday, March 4, 2026\nTHE VALLEY COURIER\nNews\nSports\nOpinion\n\n"
                + "Floods cut the road to " + town + " for a third day\n\n"
                + "Rescue teams reached " + town + " by boat on Tuesday after the river rose 2.4 metres in two days,"
                + " the regional civil defence office said. About 300 families have left their homes.\n\n"
                + "The office said the road would stay closed until the water level falls below the bridge deck,"
                + " which forecasters do not expect before the weekend.\n");

        asReviewer().get("/api/articles/" + id).then().statusCode(200)
                .body("published", nullValue())
                .body("title", containsString("Floods cut the road to " + town));
    }
}
