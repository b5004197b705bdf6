package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What needs no translation, read alike from English, Spanish and Portuguese wording. */
class CrossFeaturesTest {

    private static CrossFeatures read(String language, String text) {
        return CrossFeatures.of(text, language, CrossLexicon.STANDARD);
    }

    private static List<Double> amounts(String language, String text) {
        return read(language, text).quantities().stream().map(Quantity::value).toList();
    }

    @Test
    void figuresInSpanishAndPortugueseFormsAreTheirValues() {
        assertEquals(List.of(1500.0), amounts("es", "Unos 1.500 trabajadores no se presentaron."));
        assertEquals(List.of(2.5e6), amounts("es", "El préstamo asciende a 2,5 millones de dólares."));
        assertEquals(List.of(2000.0), amounts("es", "Kayson levantará dos mil viviendas."));
        assertEquals(List.of(3000.0), amounts("pt", "A empresa vai erguer 3 mil moradias."));
        assertEquals(List.of(2.3e9), amounts("pt", "As exportações somaram US$ 2,3 bilhões."));
        assertEquals(List.of(1.5e9), amounts("es", "Las ventas llegaron a 1.500 millones de dólares."));
        assertEquals(List.of(1500.0), amounts("en", "About 1,500 workers did not report for duty."));
    }

    @Test
    void aDelegationCountsPeopleInEveryLanguage() {
        String es = read("es", "Llegó acompañado de una delegación de 60 empresarios.").quantities().get(0).key();
        String pt = read("pt", "Chegou com uma comitiva de 60 empresários.").quantities().get(0).key();
        String en = read("en", "He arrived with a delegation of 60 business people.").quantities().get(0).key();
        assertEquals("q:people:60", es);
        assertEquals(es, pt);
        assertEquals(es, en);
    }

    @Test
    void aDateWrittenInThreeLanguagesIsOneKey() {
        assertTrue(read("es", "Firmaron el 20 de julio de 2023 en Teherán.").keys().containsKey("d:2023-07-20"));
        assertTrue(read("pt", "Assinaram em 20 de julho de 2023 em Teerã.").keys().containsKey("d:2023-07-20"));
        assertTrue(read("en", "They signed on July 20, 2023, in Tehran.").keys().containsKey("d:2023-07-20"));
        assertTrue(read("en", "They signed on 20 July 2023 in Tehran.").keys().containsKey("d:2023-07-20"));
        // the day is no amount
        assertTrue(read("es", "Firmaron el 20 de julio de 2023.").quantities().isEmpty());
    }

    @Test
    void conceptsAndPlacesMeetAcrossLanguagesAndCountriesAreOnlyWeak() {
        CrossFeatures es = read("es", "Irán entregará aviones no tripulados a Bolivia según el memorando.");
        CrossFeatures pt = read("pt", "O Irã fornecerá veículos aéreos não tripulados à Bolívia, segundo o memorando.");
        for (String key : List.of("x:drone", "x:memorandum", "p:iran", "p:bolivia")) {
            assertTrue(es.keys().containsKey(key), key + " in " + es.keys());
            assertTrue(pt.keys().containsKey(key), key + " in " + pt.keys());
        }
        assertTrue(es.weak("p:iran"));
        assertFalse(es.weak("x:drone"));
        // "us" the pronoun is no country, "US" is
        assertFalse(read("en", "They told us the talks went well.").keys().containsKey("p:united-states"));
        assertTrue(read("en", "The US imposed sanctions.").keys().containsKey("p:united-states"));
    }

    @Test
    void aClaimWithoutAStoredLanguageIsReadInTheLanguageOfItsWords() {
        assertEquals("es", read(null, "El canciller llegó a Caracas con una delegación de empresarios.").language());
        assertEquals("pt", read("und", "O chanceler chegou a Caracas com uma comitiva de empresários.").language());
        assertEquals("en", read(null, "No contractor, no pellet and no threat will move this strike.").language());
    }
}
