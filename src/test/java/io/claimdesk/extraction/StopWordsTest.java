package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    private final LanguagePack english = LanguagePack.of("en");

    @Test
    void everyStopWordListHoldsTheCommonWords() {
        Set<String> common = english.words("commonWords");
        for (Set<String> list : Set.of(english.words("stopWords"), StopWords.MATCHING, StopWords.SEARCH, StopWords.UNITS)) {
            assertTrue(list.containsAll(common), list.toString());
        }
    }

    /** Claims' stored search words (claim_word) were drawn without exactly these: a change needs them drawn again. */
    @Test
    void theSearchStopWordsAreTheOnesStoredWordsWereDrawnWithout() {
        assertEquals(Set.of("the", "of", "and", "to", "in", "a", "an", "is", "was", "for", "on", "that", "with", "as",
                "by", "at", "it", "from", "be", "has", "have", "are", "were", "its", "this",
                "de", "la", "el", "y", "en", "los", "las", "del"), StopWords.SEARCH);
    }

    @Test
    void matchingLeavesOutReportingWordsTheExtractorKeeps() {
        assertTrue(StopWords.MATCHING.contains("said"));
        assertFalse(english.words("stopWords").contains("said"));
        assertTrue(StopWords.MATCHING.contains("which") && english.words("stopWords").contains("which"));
    }
}
