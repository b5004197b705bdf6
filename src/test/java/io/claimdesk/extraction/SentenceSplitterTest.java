package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(LanguagePack.of("en"));

    private static List<String> split(String text) {
        return SPLITTER.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void doesNotSplitAfterAbbreviations() {
        assertEquals(List.of("Gen. Smith met Mr. Jones and Dr. Brown on Jan. 5 in St. Louis with the U.S. envoy.",
                        "They left."),
                split("Gen. Smith met Mr. Jones and Dr. Brown on Jan. 5 in St. Louis with the U.S. envoy. They left."));
    }

    @Test
    void splitsAfterUsWhenANewSentenceOpens() {
        assertEquals(List.of("Iran courted the U.S.", "The talks failed."), split("Iran courted the U.S. The talks failed."));
    }

    @Test
    void splitsGluedSentences() {
        assertEquals(List.of("It sought influence in the region.", "There was growing disappointment."),
                split("It sought influence in the region.There was growing disappointment."));
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        assertEquals(List.of("“We will come back.”", "He left on August 5.", "“We hope so.”"),
                split("“We will come back.” He left on August 5. “We hope so.”"));
    }
}
