package io.claimdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines and stamps in the forms outlets print them, above a story of two sentences: the author and the
 * published date the desk infers, "-" where it must stay unknown.
 */
class BylineFormsTest {

    private static final String STORY = "Dock workers at the port stayed off the job on Tuesday as talks with the"
            + " terminal operator stalled, the union said.\nThe strike has halted 40 ships, port officials said.\n";

    private final MetadataInference inference = new MetadataInference();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        By JANE MORROW, Associated Press                                    ~ Jane Morrow ~ -
        Story by Jane Morrow • 2d                                           ~ Jane Morrow ~ -
        By Jane Morrow  |  March 3, 2026                                    ~ Jane Morrow ~ 2026-03-03
        Jane Morrow\\nStaff Writer\\nPublished 7:45 AM EST, Tue March 3, 2026 ~ Jane Morrow ~ 2026-03-03
        By Jane Morrow, CNN\\nUpdated 9:41 AM EDT, Tue March 3, 2026         ~ Jane Morrow ~ 2026-03-03
        PRENSA PLURINACIONAL                                                ~ -           ~ -
        """)
    void aBylineAboveTheStory(String byline, String author, String published) {
        String text = "Port strike enters second week as talks stall\n" + byline.replace("\\n", "\n") + "\n\n" + STORY;
        InferredMetadata m = inference.infer(text);
        assertEquals(author, m.author() == null ? null : m.author().value(), text);
        assertEquals(published == null ? null : LocalDate.parse(published),
                m.published() == null ? null : m.published().value(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        Jane Morrow is a senior fellow at the Pacific Trade Institute.                      | Jane Morrow
        Dr. Jane Morrow is the Ledger's transport and labour columnist, based in Santiago.  | Jane Morrow
        Pacific Freight Network is a logistics company founded in 2009.                      | -
        """)
    void aNoteOnWhoWroteItAtTheEnd(String note, String author) {
        String text = "Why the port strike matters\n\n" + STORY + "\n" + note + "\n";
        InferredMetadata m = inference.infer(text);
        assertEquals(author, m.author() == null ? null : m.author().value(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        Port strike enters second week | The Harbour Times  ~              ~ Port strike enters second week ~ The Harbour Times
        Port strike enters second week | Opinion            ~              ~ Port strike enters second week | Opinion ~ -
        Iran's push into Latin America | Part Two           ~              ~ Iran's push into Latin America | Part Two ~ -
        Port strike enters second week                      ~ — The Harbour Times ~ Port strike enters second week ~ The Harbour Times
        Port strike enters second week                      ~ — The Editors ~ Port strike enters second week ~ -
        Port strike enters second week                      ~ — Jane Morrow ~ Port strike enters second week ~ -
        """)
    void theSitesNameAfterTheTitleOrUnderTheStory(String titleLine, String signOff, String title, String outlet) {
        String text = titleLine + "\n\n" + STORY + (signOff == null ? "" : "\n" + signOff + "\n");
        InferredMetadata m = inference.infer(text);
        assertEquals(title, m.title() == null ? null : m.title().value(), text);
        assertEquals(outlet, m.outlet() == null ? null : m.outlet().value(), text);
    }

    @org.junit.jupiter.api.Test
    void aSourceTheStoryIntroducesAndQuotesIsNoAuthor() {
        String text = "Why the port strike matters\n\nJane Morrow is a senior analyst at the Pacific Trade Institute.\n\n"
                + STORY + "Morrow said the strike would cost exporters $40 million a week.\n";
        assertEquals(null, inference.infer(text).author(), text);
    }
}
