package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.article.MetadataInference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision, recall and F1 per field against the hand-annotated seeds and the development corpus, printed as
 * tables (the corpus also per article shape); the held-out corpus prints its figures only. The floors are the
 * targets of issue 9/16 where the rules reach them, and otherwise a little under what the rules reach today
 * (named as such), so a regression fails the build.
 */
class ExtractionEvaluationTest {

    private static Evaluation ev;
    private static Evaluation corpus;
    private static Evaluation heldOut;

    @BeforeAll
    static void evaluate() {
        ev = Evaluation.run(SharedExtractor.INSTANCE, new MetadataInference(), Annotations.seeds());
        System.out.println("Extraction evaluation on the hand-annotated seeds");
        System.out.print(ev.table());
        ev.outletStances.forEach(System.out::println);
        ev.misses.forEach(m -> System.out.println("  " + m));
        corpus = Evaluation.run(SharedExtractor.INSTANCE, new MetadataInference(), Annotations.corpus("en"));
        System.out.println("Extraction evaluation on the development corpus (other outlets' shapes)");
        System.out.print(corpus.table());
        System.out.print(corpus.shapeTable());
        corpus.metadata.forEach(m -> System.out.println("  " + m));
        corpus.fragments.forEach(m -> System.out.println("  fragment " + m));
        corpus.furnitureClaims.forEach(m -> System.out.println("  furniture claim " + m));
        corpus.misses.forEach(m -> System.out.println("  " + m));
        heldOut = Evaluation.run(SharedExtractor.INSTANCE, new MetadataInference(), Annotations.corpus("heldout"));
        System.out.println("Extraction evaluation on the held-out corpus (written apart, never read while tuning)");
        System.out.print(heldOut.table());
    }

    private static void assertAtLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, what + " is " + actual + ", floor " + floor);
    }

    @Test
    void checkableClaimsAreFound() {
        assertAtLeast(0.85, ev.score("checkable claims found").recall(), "recall of checkable claims");
    }

    @Test
    void noFurnitureBecomesAClaim() {
        assertEquals(java.util.List.of(), ev.furnitureClaims);
        assertAtLeast(0.95, ev.score("furniture lines").recall(), "furniture line recall");
    }

    @Test
    void disputedClaimsAreFlagged() {
        assertAtLeast(0.95, ev.score("disputed").recall(), "recall of disputed claims");
    }

    @Test
    void militaryAndPassportTopicsAreTagged() {
        assertAtLeast(0.9, ev.score("topic military_cooperation").recall(), "military_cooperation recall");
        assertAtLeast(0.9, ev.score("topic passports_identity").recall(), "passports_identity recall");
    }

    @Test
    void reportedClaimsNameTheirSpeaker() {
        assertAtLeast(0.93, ev.score("speaker (reported claims)").recall(), "speaker accuracy on reported claims");
    }

    @Test
    void corpusHasNoFurnitureClaimsAndNoFragments() {
        assertEquals(java.util.List.of(), corpus.furnitureClaims, "page furniture drawn as claims");
        assertEquals(java.util.List.of(), corpus.fragments, "fragments and signposts drawn as claims");
    }

    @Test
    void corpusPublishedDatesAreNeverWrong() {
        Score date = corpus.score("published date");
        assertEquals(0, date.fp, "wrong published dates");
        assertAtLeast(0.9, date.recall(), "published dates found where the text states one");
    }

    @Test
    void corpusAuthorsAndOutletsAreFound() {
        assertAtLeast(0.8, corpus.score("author").recall(), "authors found where the text states one");
        assertAtLeast(0.8, corpus.score("outlet").recall(), "outlets found where the text states one");
        assertAtLeast(0.9, corpus.score("title").precision(), "titles right");
    }

    @Test
    void corpusDisputedClaimsAreFlaggedPrecisely() {
        assertAtLeast(0.8, corpus.score("disputed").precision(), "precision of disputed on the corpus");
    }

    @Test
    void corpusCheckableMeansCheckable() {
        assertAtLeast(0.9, corpus.score("checkable claims found").precision(), "checkable precision on the corpus");
    }

    @Test
    void corpusReportedClaimsNameTheirSpeaker() {
        assertAtLeast(0.9, corpus.score("speaker (reported claims)").recall(), "speaker right on the corpus");
    }

    /**
     * Under the 0.9: disputed recall is what rules reach today (see the README's "What rules could not
     * do"); this floor keeps it from falling while that work goes on.
     */
    @Test
    void corpusDisputedRecallHoldsItsLevel() {
        assertAtLeast(0.70, corpus.score("disputed").recall(), "recall of disputed on the corpus");
    }

    @Test
    void otherFieldsHoldTheirLevel() {
        assertAtLeast(0.95, ev.score("furniture lines").precision(), "furniture line precision");
        assertAtLeast(0.85, ev.score("checkable flag").f1(), "checkable F1");
        assertAtLeast(0.85, ev.score("disputed").precision(), "disputed precision");
        assertAtLeast(0.90, ev.score("speaker (reported claims)").precision(), "speaker precision");
        assertAtLeast(0.80, ev.score("via").recall(), "via recall");
        assertAtLeast(0.80, ev.score("topics (micro)").f1(), "topic micro F1");
        for (ClaimStance stance : ClaimStance.values()) {
            assertAtLeast(0.85, ev.score("stance " + stance).f1(), "stance " + stance + " F1");
        }
        assertAtLeast(0.85, ev.score("kind ALLEGATION").f1(), "ALLEGATION F1");
    }

    @Test
    void publishedDateIsRightForEverySeedThatStatesOne() {
        Score date = ev.score("published date");
        assertEquals(0, date.fp + date.fn, "wrong or missing published dates");
    }
}
