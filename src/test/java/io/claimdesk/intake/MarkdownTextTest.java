package io.claimdesk.intake;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTextTest {

    @Test
    void aTypicalArticleBecomesPlainParagraphs() {
        String md = """
                # Port strike ends after **11 days**

                ![Cranes at dawn](https://img.example/cranes.jpg)

                Dock workers voted to accept a *7.5%* pay rise, the [union](https://union.example/news) said.
                The vote was _decisive_ and the `ballot_count` was 812.

                <!-- editor: check the figure with the port authority -->
                > “We are relieved,” said Ana Ruiz.
                > She runs a haulage firm.

                What changes:

                - container traffic resumes
                * overtime is paid at 1.5×
                1. talks continue in June

                ```
                ballot = 812 * 0.71
                  # not a heading
                ```

                Background
                ----------
                The strike began on **3 March**.
                """;
        assertEquals("""
                Port strike ends after 11 days

                Dock workers voted to accept a 7.5% pay rise, the union said.
                The vote was decisive and the ballot_count was 812.

                “We are relieved,” said Ana Ruiz.
                She runs a haulage firm.

                What changes:

                container traffic resumes
                overtime is paid at 1.5×
                talks continue in June

                ballot = 812 * 0.71
                  # not a heading

                Background

                The strike began on 3 March.""", MarkdownText.of(md));
    }

    @Test
    void setextHeadingsLoseTheirUnderlines() {
        assertEquals("Title\n\nSub\n\nText", MarkdownText.of("Title\n=====\nSub\n---\nText\n"));
    }

    @Test
    void atxHeadingsLoseTheirHashesButHashtagsStay() {
        assertEquals("Heading\n\nC#\n\n#hashtag stays", MarkdownText.of("## Heading ##\n### C#\n#hashtag stays"));
    }

    @Test
    void multiLineCommentsVanishWithoutSplittingAParagraph() {
        assertEquals("one\ntwo three", MarkdownText.of("one\n<!-- a\n\nb -->\ntwo <!-- x -->three"));
    }

    @Test
    void inlineMarkersGoButOrdinaryCharactersStay() {
        assertEquals("bold and em and code and link and 2 * 3 * 4 and snake_case_name and *literal*",
                MarkdownText.of("**bold** and *em* and `code` and [link](https://x.example/a_(b) \"t\") and "
                        + "2 * 3 * 4 and snake_case_name and \\*literal\\*"));
    }

    @Test
    void tildeFencesAndBlankLinesInsideCodeAreKept() {
        assertEquals("before\n\nx = 1\n\ny = **2**\n\nafter", MarkdownText.of("before\n~~~python\nx = 1\n\ny = **2**\n~~~\nafter"));
    }

    @Test
    void nestedQuotesAndIndentedListsAreUnmarked() {
        assertEquals("outer\ninner\n\nitem\nsub item", MarkdownText.of("> outer\n> > inner\n\n- item\n  - sub item"));
    }

    @Test
    void severalBlankLinesAreOneParagraphBreakAndCrLfIsRead() {
        assertEquals("a\n\nb", MarkdownText.of("\r\na\r\n\r\n\r\n\r\nb\r\n"));
    }

    @Test
    void referenceLinksAutolinksAndEntitiesReadAsTheirText() {
        assertEquals("See the report at https://x.example/r & the annex.",
                MarkdownText.of("See [the report][r] at <https://x.example/r> &amp; the annex.\n\n[r]: https://x.example/r"));
    }

    @Test
    void markersNestedAHundredThousandDeepAreReadWithoutOverflowingTheStack() {
        for (String md : new String[] {">".repeat(100_000) + " deep", "- ".repeat(100_000) + "deep",
                "*".repeat(100_000) + "deep" + "*".repeat(100_000)}) {
            assertTrue(MarkdownText.of(md).contains("deep"), md.substring(0, 10));
        }
    }
}
