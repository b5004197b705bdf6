package io.claimdesk.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void tokensDropAFinalFullStopAPossessiveAndAEuroSign() {
        assertEquals(List.of(new Words.Token("U.S", 0, 3), new Words.Token("Iran", 5, 11), new Words.Token("12m", 13, 16),
                        new Words.Token("deal", 17, 21)),
                Words.tokens("U.S. Iran's €12m deal."));
    }
}
