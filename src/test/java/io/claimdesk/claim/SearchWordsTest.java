package io.claimdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void aTextsSearchWordsAreItsLowerCaseLettersAndDigitsWithoutStopWordsOrAccents() {
        assertEquals(List.of("u", "s", "backed", "plan", "banco", "nacion", "1", "500"),
                List.copyOf(SearchWords.of("The U.S.-backed plan of the Banco de la Nación: 1,500.")));
    }

    @Test
    void aLongWordIsCutToTheStoredWidth() {
        String word = "a".repeat(SearchWords.MAX_LENGTH + 5);
        assertEquals(Set.of("a".repeat(SearchWords.MAX_LENGTH)), SearchWords.of(word));
    }

    @Test
    void spanishAndPortugueseClaimsAlsoStoreTheirStemsAndEnglishOnesDoNot() {
        assertTrue(SearchWords.of("Emitieron pasaportes bolivianos", "es").contains("~pasaport"));
        assertTrue(SearchWords.of("Os navios atracaram no porto", "pt").contains("~navi"));
        assertFalse(SearchWords.of("They issued passports", "en").stream().anyMatch(w -> w.startsWith("~")));
    }

    @Test
    void aSearchedWordFindsTheStemsOfItsOtherFormsWithOrWithoutAccents() {
        Set<String> stored = SearchWords.of("El buque anunció la llegada de 60 empresarios", "es");
        for (String searched : List.of("buques", "anuncio", "ANUNCIÓ", "empresario")) {
            SearchWords.Searched word = SearchWords.narrowing(searched).get(0);
            assertTrue(word.stems().stream().anyMatch(stored::contains)
                    || stored.stream().anyMatch(w -> w.startsWith(word.start())), searched);
        }
        SearchWords.Searched unrelated = SearchWords.narrowing("casas").get(0);
        assertFalse(unrelated.stems().stream().anyMatch(stored::contains), "no stem of 'casas' is stored");
    }

    @Test
    void aStemIsNeverFoundAsTheStartOfAWord() {
        SearchWords.Searched word = SearchWords.narrowing("cas").get(0);
        assertFalse(word.start().startsWith(SearchWords.STEM));
        assertTrue(SearchWords.of("las casas", "es").contains("~cas"));
        assertFalse(SearchWords.of("a cash case", "en").contains("~cas"));
    }

    @Test
    void oneWordIsOneWordWhateverItsAccentsAndCase() {
        assertTrue(SearchWords.isOneWord("Anunció"));
        assertFalse(SearchWords.isOneWord("100%_"));
        assertFalse(SearchWords.isOneWord("drones to Bolivia"));
    }
}
