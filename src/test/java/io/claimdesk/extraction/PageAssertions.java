package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the Spanish and Portuguese page tests assert, for a page read with one language's pack. */
final class PageAssertions {

    private final LanguagePack pack;
    private final DateLines dates;
    private final LineRules rules;
    private final MetadataReader reader;

    PageAssertions(String language) {
        pack = LanguagePack.of(language);
        dates = new DateLines(pack);
        rules = new LineRules(pack);
        reader = new MetadataReader(pack);
    }

    MetadataReader.Metadata read(String text) {
        return reader.read(text, null, Map.of());
    }

    /** The line is a date stamp of that date, or none when {@code date} is null. */
    void stamp(String line, String date) {
        assertEquals(date == null ? null : LocalDate.parse(date), dates.stamp(line).map(DateLines.Stamp::date).orElse(null),
                line);
    }

    boolean updated(String line) {
        return dates.stamp(line).orElseThrow().updated();
    }

    /** The headline, then the byline's lines (a literal "\n" between them), then a short story: what is read from them. */
    void byline(String headline, String byline, String story, String author, String outlet, String published) {
        String text = headline + "\n" + byline.replace("\\n", "\n") + "\n\n" + story;
        MetadataReader.Metadata m = read(text);
        assertEquals(headline, m.title() == null ? null : m.title().value(), text);
        assertEquals(author, m.author() == null ? null : m.author().value(), text);
        assertEquals(outlet, m.outlet() == null ? null : m.outlet().value(), text);
        assertEquals(published == null ? null : LocalDate.parse(published),
                m.published() == null ? null : m.published().value(), text);
    }

    /** Every furniture line is named by a line rule or read as a stamp; no prose line is. */
    void furniture(List<String> furniture, List<String> prose) {
        for (String line : furniture) {
            assertFalse(rules.match(line) == null && dates.stamp(line).isEmpty(), "not furniture: " + line);
        }
        for (String line : prose) {
            assertNull(rules.match(line), line);
        }
    }

    /** Every claim of the page comes from a body paragraph (given by its opening words), and each paragraph gives one. */
    void claimsOnlyFromBody(String page, List<String> bodyOpenings) {
        Extraction e = new ClaimExtractor(pack, Taxonomy.defaults()).extract(page);
        for (ExtractedClaim c : e.claims()) {
            assertFalse(bodyOpenings.stream().noneMatch(c.text()::contains), "a claim from furniture: " + c.text());
        }
        for (String opening : bodyOpenings) {
            assertFalse(e.claims().stream().noneMatch(c -> c.text().contains(opening)), "no claim from the body: " + opening);
        }
    }
}
