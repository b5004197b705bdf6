package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> words(Words w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.word(i) + "@" + w.start(i));
        }
        return out;
    }

    @Test
    void joinedWordsKeepAbbreviationsDecimalsAndHyphens() {
        assertEquals(List.of("The@0", "U.S.-backed@4", "plan@16", "cost@21", "$3.5@26", "bn@31", "al-Assad's@35", "1,500@46",
                "troops@52"), words(Words.of("The U.S.-backed plan cost $3.5 bn, al-Assad's 1,500 troops.")));
    }

    @Test
    void lettersAndDigitsCutAtEverythingElse() {
        assertEquals(List.of("The@0", "U@4", "S@6", "backed@9", "plan@16", "cost@21", "3@27", "5@29", "bn@31", "al@35",
                "Assad@38", "s@44", "1@46", "500@48", "troops@52"),
                words(Words.lettersAndDigits("The U.S.-backed plan cost $3.5 bn, al-Assad's 1,500 troops.")));
    }
}
