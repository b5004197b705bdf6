package io.claimdesk.claim;

import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.equalTo;

import io.claimdesk.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Text search reads a Spanish or Portuguese claim with its language: other endings and missing accents still find it. */
@QuarkusTest
class SearchByLanguageTest {

    @Inject
    TestArticles articles;

    @Test
    void aSpanishClaimIsFoundByOtherFormsOfItsWordsAndWithoutAccents() {
        String outlet = TestArticles.uniqueOutlet("Diario Buscador");
        articles.createIn("es", outlet, LocalDate.of(2023, 5, 4),
                "La cancillería boliviana emitió 40 pasaportes a ciudadanos extranjeros en Cochabamba.",
                "El buque atracó en el puerto de La Guaira, anunció la Armada el martes.");
        String base = "/api/claims?outlet=" + outlet + "&q=";
        asReviewer().get(base + "pasaporte").then().body("total", equalTo(1));
        asReviewer().get(base + "buques").then().body("total", equalTo(1));
        asReviewer().get(base + "cancilleria").then().body("total", equalTo(1));
        asReviewer().get(base + "anuncio armada").then().body("total", equalTo(1));
        asReviewer().get(base + "Cochabamba pasaporte").then().body("total", equalTo(1));
        asReviewer().get(base + "aviones").then().body("total", equalTo(0));
    }

    @Test
    void aWordSearchedAloneCountsEachClaimOnceThoughItHoldsTheWordSeveralWays() {
        // "…quina" and "…quinas" both start with the searched word, and the claim also holds their stem: one claim.
        StringBuilder word = new StringBuilder("zorvaq");
        ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        articles.createIn("es", TestArticles.uniqueOutlet("Diario Contador"), LocalDate.of(2023, 6, 1),
                "La " + word + "ina llegó a Oruro y otras tres " + word + "inas siguen en la aduana, informó la Aduana Nacional.");
        asReviewer().get("/api/claims?q=" + word + "ina").then().body("total", equalTo(1));
    }

    @Test
    void aPortugueseClaimIsFoundByItsStemsAndAnEnglishOneKeepsItsPhrase() {
        String outlet = TestArticles.uniqueOutlet("Jornal Buscador");
        articles.createIn("pt", outlet, LocalDate.of(2023, 2, 27),
                "Dois navios iranianos atracaram no porto do Rio de Janeiro, segundo a Marinha do Brasil.");
        String base = "/api/claims?outlet=" + outlet + "&q=";
        asReviewer().get(base + "navio").then().body("total", equalTo(1));
        asReviewer().get(base + "iraniano").then().body("total", equalTo(1));

        String english = TestArticles.uniqueOutlet("Search Courier");
        articles.createIn("en", english, LocalDate.of(2023, 2, 27),
                "Two Iranian warships docked in Rio de Janeiro on Sunday, the Brazilian navy said.");
        String englishBase = "/api/claims?outlet=" + english + "&q=";
        asReviewer().get(englishBase + "warship").then().body("total", equalTo(1));
        asReviewer().get(englishBase + "docked in Rio").then().body("total", equalTo(1));
        asReviewer().get(englishBase + "Rio docked").then().body("total", equalTo(0));
    }
}
