package io.claimdesk.reextraction;

import io.claimdesk.extraction.Anchor;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.extraction.ExtractedClaim;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain-Java checks of where earlier claims land in a new run; the database side is in {@link ReextractionTest}. */
class ReanchoringTest {

    // An emoji before the claims makes code-point and UTF-16 offsets differ.
    static final String TEXT = "Desk 🗞️ notes.\n\nIran delivered 12 drones to Venezuela in April 2020. "
            + "The ministry denied it. Iran delivered 12 drones to Venezuela in April 2020.\n";
    static final String DRONES = "Iran delivered 12 drones to Venezuela in April 2020.";

    static Anchor at(String quote, int occurrence) {
        return Reanchoring.occurrences(TEXT, quote).get(occurrence);
    }

    static ExtractedClaim drawn(Anchor anchor) {
        return new ExtractedClaim(anchor, anchor.exact(), ClaimKind.EVENT, true, 0.9, List.of("number"),
                ClaimStance.ASSERTS, List.of(), null, null, false, null);
    }

    static Anchor shifted(Anchor a, int by) {
        return new Anchor(a.exact(), a.prefix(), a.suffix(), a.start() + by, a.end() + by);
    }

    @Test
    void occurrencesAreCodePointAnchorsThatMatchTheText() {
        List<Anchor> found = Reanchoring.occurrences(TEXT, DRONES);
        assertEquals(2, found.size());
        found.forEach(a -> assertTrue(a.matches(TEXT), a + " is exact"));
        assertEquals(TEXT.codePointCount(0, TEXT.indexOf(DRONES)), found.get(0).start());
    }

    @Test
    void theSameQuoteGoesToTheDrawnClaimWhoseContextAgreesNotTheNearest() {
        Anchor second = at(DRONES, 1);
        // The stored offsets point at the first occurrence, but the context is the second one's.
        Map<Long, Anchor> earlier = Map.of(7L, shifted(second, at(DRONES, 0).start() - second.start()));
        Reanchoring.Result result = Reanchoring.place(TEXT, earlier, List.of(drawn(at(DRONES, 0)), drawn(second)));

        Reanchoring.Placement p = result.placements().get(7L);
        assertEquals(Reanchoring.How.MOVED, p.how());
        assertEquals(second.start(), p.anchor().start());
        assertEquals(List.of(drawn(at(DRONES, 0))), result.unused());
    }

    @Test
    void aQuoteTheNewRunDidNotDrawIsFoundInTheText() {
        Anchor denied = at("The ministry denied it.", 0);
        Reanchoring.Result result = Reanchoring.place(TEXT, Map.of(3L, denied), List.of(drawn(at(DRONES, 0))));

        Reanchoring.Placement p = result.placements().get(3L);
        assertEquals(Reanchoring.How.KEPT, p.how());
        assertNull(p.drawn(), "no drawn claim to take the reading of");
        assertEquals(denied, p.anchor());
        assertEquals(1, result.unused().size());
    }

    @Test
    void aRewordedQuoteMatchesFuzzilyAndUnrelatedWordsAreOrphaned() {
        Anchor first = at(DRONES, 0);
        Map<Long, Anchor> earlier = new LinkedHashMap<>();
        earlier.put(1L, new Anchor("Iran delivered 12 drones to Venezuela in May 2020.", first.prefix(), first.suffix(),
                first.start(), first.end()));
        earlier.put(2L, new Anchor("Nothing of the kind was ever said here.", "", "", 0, 10));
        Reanchoring.Result result = Reanchoring.place(TEXT, earlier, List.of(drawn(first)));

        assertEquals(Reanchoring.How.FUZZY, result.placements().get(1L).how());
        assertEquals(first, result.placements().get(1L).anchor());
        assertEquals(Reanchoring.How.ORPHANED, result.placements().get(2L).how());
        assertNull(result.placements().get(2L).anchor());
        assertTrue(result.unused().isEmpty());
    }

    @Test
    void twoClaimsWithOneQuoteNeverShareAPlace() {
        Anchor first = at(DRONES, 0);
        Anchor second = at(DRONES, 1);
        Map<Long, Anchor> earlier = new LinkedHashMap<>();
        earlier.put(1L, first);
        earlier.put(2L, second);
        // The new run draws only the first; the second is found in the text, not on top of the first.
        Reanchoring.Result result = Reanchoring.place(TEXT, earlier, List.of(drawn(first)));

        assertEquals(first, result.placements().get(1L).anchor());
        assertEquals(second, result.placements().get(2L).anchor());
        assertEquals(Reanchoring.How.KEPT, result.placements().get(2L).how());
    }

    @Test
    void wordOverlapIsSharedWordsOverTheLongerQuote() {
        assertEquals(1.0, Reanchoring.overlap(Reanchoring.words("Iran, Venezuela!"), Reanchoring.words("venezuela iran")));
        assertEquals(0.5, Reanchoring.overlap(Reanchoring.words("a b"), Reanchoring.words("a b c d")));
    }
}
