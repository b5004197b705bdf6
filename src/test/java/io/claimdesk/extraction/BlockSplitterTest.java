package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    private static List<String> blocks(String text) {
        return new BlockSplitter().split(text).stream().map(b -> Texts.normalizeSpace(b.text())).toList();
    }

    @Test
    void scrapedPagesKeepOneBlockPerLine() {
        assertEquals(List.of("close button", "Switch to Light?", "May 29, 2024", "Florencia Montaruli", "6 min read"),
                blocks("close button\nSwitch to Light?\nMay 29, 2024\nFlorencia Montaruli\n6 min read\n"));
    }

    @Test
    void hardWrappedParagraphsAreJoinedAtTheWrapWidth() {
        String text = "MANAGUA -- Nicaragua and Iran signed three agreements on Monday covering\r\n"
                + "energy, agriculture and higher education, the Nicaraguan foreign ministry\r\n"
                + "said in a statement. Gen. Julio Aviles, the army chief, attended the\r\n"
                + "ceremony.\r\n\r\n"
                + "“We are building a relationship of brothers,” Foreign Minister Denis\r\n"
                + "Moncada said.\r\n\r\n"
                + "Share this article\r\n"
                + "Facebook Twitter Email\r\n";
        List<String> blocks = blocks(text);
        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals("“We are building a relationship of brothers,” Foreign Minister Denis Moncada said.", blocks.get(1));
        assertEquals("Share this article", blocks.get(2));
    }

    @Test
    void aLowerCaseContinuationJoinsAnywhere() {
        assertEquals(List.of("The delegation arrived in Caracas on Sunday and met the president."),
                blocks("The delegation arrived in Caracas\non Sunday and met the president."));
    }
}
