package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules tuned on the seeds, on page layouts they were not tuned on (see the README beside the texts). */
class OtherOutletsTest {

    private static String read(String name) {
        try (InputStream in = OtherOutletsTest.class.getResourceAsStream("outlets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Extraction extract(String name) {
        String text = read(name);
        Extraction e = SharedExtractor.INSTANCE.extract(text);
        AnchorPropertyTest.assertAnchorsExact(text, e);
        return e;
    }

    private static ExtractedClaim claim(Extraction e, String start) {
        return e.claims().stream().filter(c -> c.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting " + start + " in " + e.claims()));
    }

    private static void assertNoClaimContains(Extraction e, List<String> furniture) {
        for (ExtractedClaim c : e.claims()) {
            for (String f : furniture) {
                assertFalse(c.text().contains(f), "furniture \"" + f + "\" in claim " + c.text());
            }
        }
    }

    @Test
    void wireStory() {
        Extraction e = extract("wire-agency.txt");
        assertNoClaimContains(e, List.of("Venezuela, Iran sign defense cooperation deal", "By John Smith",
                "minute read", "Reporting by", "Our Standards", "Read Next", "visit Cuba next week", "Updated ago"));
        assertEquals("Vladimir Padrino", claim(e, "CARACAS, March 3").attributedTo(), "title dropped from the name");
        assertEquals("Vladimir Padrino", claim(e, "\"This is a sovereign decision").attributedTo(), "he said");
        ExtractedClaim denial = claim(e, "Iran has denied");
        assertEquals(ClaimKind.DENIAL, denial.kind());
        assertEquals("Iran", denial.attributedTo());
        assertEquals("Officials in Tehran", claim(e, "Officials in Tehran called").attributedTo());
        ExtractedClaim unnamed = claim(e, "According to two people familiar");
        assertEquals("two people familiar with the matter", unnamed.attributedTo());
        assertFalse(unnamed.disputed(), "an unnamed source alone makes no allegation");
        assertFalse(claim(e, "A spokesperson said last year").disputed(), "\"arms transfers\" as a noun is no transfer");
    }

    @Test
    void broadcasterPage() {
        Extraction e = extract("broadcaster.txt");
        assertNoClaimContains(e, List.of("Skip to main content", "Image caption", "Related Topics",
                "More on this story", "raises alarm over Iran drone deal"));
        ExtractedClaim rejected = claim(e, "Bolivia's government has rejected");
        assertEquals("Bolivia's government", rejected.attributedTo(), "\"rejected claims that\": claims is a noun");
        assertEquals(ClaimStance.DISPUTES, rejected.stance());
        assertTrue(rejected.topics().contains("passports_identity"));
        ExtractedClaim quote = claim(e, "\"We have nothing to hide,\"");
        assertEquals("Eduardo del Castillo", quote.attributedTo(), "Mr del Castillo is Eduardo del Castillo");
        assertEquals("BBC", quote.via());
    }

    @Test
    void blogWithBreadcrumbsTagsAndWidgets() {
        Extraction e = extract("blog.txt");
        assertNoClaimContains(e, List.of("Home »", "Tags:", "Unsplash", "Share this", "Loading", "subscribe"));
        assertEquals("Analysts", claim(e, "Analysts say").attributedTo());
        assertEquals("Luisa Palacios", claim(e, "Palacios added").attributedTo());
        assertTrue(claim(e, "Venezuela imported").topics().contains("energy_oil"));
        ExtractedClaim clause = claim(e, "the arrangement allegedly helped");
        assertTrue(clause.disputed(), "the clause after the semicolon is its own claim, hedged");
    }

    @Test
    void hardWrappedTextKeepsItsParagraphs() {
        Extraction e = extract("hard-wrapped-crlf.txt");
        assertEquals("Denis Moncada", claim(e, "“We are building a relationship").attributedTo());
        assertEquals("Denis Moncada", claim(e, "“No empire will tell us").attributedTo(), "quote runs on");
        assertEquals("Opposition groups", claim(e, "Opposition groups say at least 40").attributedTo());
        assertTrue(claim(e, "Washington has accused Managua").disputed());
    }

    @Test
    void britishSingleQuotes() {
        Extraction e = extract("british-quotes.txt");
        assertEquals("Eduardo del Castillo", claim(e, "‘Every passport was issued").attributedTo());
        assertEquals("Eduardo del Castillo", claim(e, "‘Argentina’s accusations are absurd").attributedTo(),
                "a quotation continued in the next paragraph keeps its speaker");
        assertEquals(null, claim(e, "The ministry’s statement").attributedTo());
    }
}
