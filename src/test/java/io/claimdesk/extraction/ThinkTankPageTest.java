package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A think tank's commentary page as pasted: logo beside the institute's name, a section label with the date, one
 *  author line per author. */
class ThinkTankPageTest {

    private static final String PAGE = """
            WAFI | West Africa Fisheries Institute
            Research   Programmes   Experts   Events   About

            Commentary | 3 June 2025

            Maya Okafor, Senior Fellow, Oceans Programme
            Lars Berg, Research Analyst

            Ghana's industrial trawlers landed 41,000 tonnes of small pelagic fish in 2024, the fisheries ministry said.
            """;

    private final MetadataReader.Metadata metadata = new MetadataReader(LanguagePack.of("en")).read(PAGE, null, Map.of());

    @Test
    void theLogoLineNamesTheOutletAndIsNoTitle() {
        assertEquals("West Africa Fisheries Institute", metadata.outlet().value());
        assertEquals(null, metadata.title() == null ? null : metadata.title().value());
    }

    @Test
    void aSectionLabelBesideTheDateIsTheDateLine() {
        assertEquals(LocalDate.of(2025, 6, 3), metadata.published().value());
    }

    @Test
    void anAuthorLinePerAuthorIsOneByline() {
        assertEquals("Maya Okafor and Lars Berg", metadata.author().value());
    }
}
