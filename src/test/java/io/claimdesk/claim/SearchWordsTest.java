package io.claimdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void aTextsSearchWordsAreItsLowerCaseLettersAndDigitsWithoutStopWords() {
        assertEquals(List.of("u", "s", "backed", "plan", "banco", "nación", "1", "500"),
                List.copyOf(SearchWords.of("The U.S.-backed plan of the Banco de la Nación: 1,500.")));
    }

    @Test
    void aLongWordIsCutToTheStoredWidth() {
        String word = "a".repeat(SearchWords.MAX_LENGTH + 5);
        assertEquals(Set.of("a".repeat(SearchWords.MAX_LENGTH)), SearchWords.of(word));
    }
}
