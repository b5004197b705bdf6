package io.claimdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimdesk.extraction.SeedTexts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expected values read by hand from each seed; null where the text does not say. */
class MetadataInferenceTest {

    private final MetadataInference inference = new MetadataInference();

    private static <T> void assertExact(String text, Inferred<T> inferred, T value, String evidence) {
        assertEquals(value, inferred.value());
        assertEquals(evidence, inferred.evidence());
        int[] cps = text.codePoints().toArray();
        assertEquals(evidence, new String(cps, inferred.start(), inferred.end() - inferred.start()));
    }

    @Test
    void seed000HasOnlyADate() {
        String text = SeedTexts.read("000_");
        InferredMetadata m = inference.infer(text);
        assertNull(m.title());
        assertNull(m.author());
        assertNull(m.outlet());
        assertExact(text, m.published(), LocalDate.of(2016, 8, 18), "Published 18 August 2016");
    }

    @Test
    void seed001HasTitleAndUsNumericDate() {
        String text = SeedTexts.read("001_");
        InferredMetadata m = inference.infer(text);
        assertExact(text, m.title(), "Iran Is Working Hard to Revive Anti-U.S. Operations in Latin America",
                "Iran Is Working Hard to Revive Anti-U.S. Operations in Latin America");
        assertExact(text, m.published(), LocalDate.of(2020, 6, 1), "Added 06-01-20 06:34:03pm EST");
        assertNull(m.author(), "the poster of an excerpt is not its author");
        assertNull(m.outlet());
    }

    @Test
    void seed002HasNameLineUnderTheDateAndSiteEdition() {
        String text = SeedTexts.read("002_");
        InferredMetadata m = inference.infer(text);
        assertExact(text, m.title(), "How Iran Under Raisi Built Close Ties with Latin America",
                "How Iran Under Raisi Built Close Ties with Latin America");
        assertExact(text, m.published(), LocalDate.of(2024, 5, 29), "May 29, 2024");
        assertExact(text, m.author(), "Florencia Montaruli", "Florencia Montaruli");
        assertExact(text, m.outlet(), "Iranwire", "Iranwire");
    }

    @Test
    void seed003HasBylineWithOutlet() {
        String text = SeedTexts.read("003_");
        InferredMetadata m = inference.infer(text);
        assertExact(text, m.title(), "Iran Looks for Partners in Latin America", "Iran Looks for Partners in Latin America");
        assertExact(text, m.author(), "Julieta Pelcastre", "Julieta Pelcastre");
        assertExact(text, m.outlet(), "Diálogo", "Diálogo");
        assertExact(text, m.published(), LocalDate.of(2021, 9, 7), "September 07, 2021");
    }

    @Test
    void seed004StatesNothing() {
        InferredMetadata m = inference.infer(SeedTexts.read("004_"));
        assertNull(m.title());
        assertNull(m.author());
        assertNull(m.published());
        assertNull(m.outlet());
    }

    @Test
    void evidenceOffsetsAreCodePoints() {
        String text = "🎉🎉 Iran Looks for Partners in Latin America\n\nBy Jane Roe/Example News\n3 March 2020\n\nIran met Bolivia.";
        InferredMetadata m = inference.infer(text);
        assertExact(text, m.author(), "Jane Roe", "Jane Roe");
        assertExact(text, m.outlet(), "Example News", "Example News");
        assertExact(text, m.published(), LocalDate.of(2020, 3, 3), "3 March 2020");
    }

    @Test
    void wireStoryNamesItsAgencyInTheDateline() {
        String text = "World\nMarch 3, 2023 7:41 PM UTC Updated ago\n\nVenezuela, Iran sign defense deal, officials say\n\n"
                + "By John Smith\n\nCARACAS, March 3 (Reuters) - Venezuela and Iran signed a defense agreement on Friday.";
        InferredMetadata m = inference.infer(text);
        assertExact(text, m.title(), "Venezuela, Iran sign defense deal, officials say",
                "Venezuela, Iran sign defense deal, officials say");
        assertExact(text, m.published(), LocalDate.of(2023, 3, 3), "March 3, 2023 7:41 PM UTC");
        assertExact(text, m.author(), "John Smith", "John Smith");
        assertExact(text, m.outlet(), "Reuters", "Reuters");
    }

    @Test
    void aSentenceCaseHeadlineRightAboveTheFirstParagraph() {
        String text = "Home » Analysis » Latin America\n\nShare this:\nTwitter\n\nIran's oil lifeline to Caracas\n\n"
                + "Venezuela imported about 2 million barrels of Iranian condensate in 2022, data shows.";
        InferredMetadata m = inference.infer(text);
        assertExact(text, m.title(), "Iran's oil lifeline to Caracas", "Iran's oil lifeline to Caracas");
        assertNull(m.published());
        assertNull(m.outlet(), "a parenthesis in prose is no dateline");
    }

    @Test
    void proseAloneGivesNoMetadata() {
        InferredMetadata m = inference.infer("Iran signed 25 agreements with Venezuela in 2023, officials said.");
        assertNull(m.title());
        assertNull(m.author());
        assertNull(m.published());
        assertNull(m.outlet());
    }
}
