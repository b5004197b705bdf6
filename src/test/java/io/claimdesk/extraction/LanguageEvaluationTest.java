package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimdesk.article.MetadataInference;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spanish and Portuguese development corpora ({@code corpus/es}, {@code corpus/pt}) scored like the English one,
 * each read with its own language pack and no part-of-speech model: figures per field printed, and the floors of
 * issue 12/16 asserted per language: checkable recall, speaker right and disputed recall at least 0.85, no furniture
 * as a claim, no wrong published date. The held-out sets ({@code corpus/heldout-es}, {@code heldout-pt}), which the
 * rules' authors never read, are scored and printed only.
 */
class LanguageEvaluationTest {

    private static final Map<String, Evaluation> BY_LANGUAGE = new TreeMap<>();

    /** The floor for checkable recall, speaker right and disputed recall, in each language. */
    private static final double FLOOR = 0.85;

    @BeforeAll
    static void evaluate() {
        for (String language : new String[] {"es", "pt"}) {
            ClaimExtractor extractor = new ClaimExtractor(LanguagePack.of(language), Taxonomy.defaults());
            Evaluation ev = Evaluation.run(extractor, new MetadataInference(language), Annotations.corpus(language));
            BY_LANGUAGE.put(language, ev);
            System.out.println("Extraction evaluation on the " + language + " development corpus");
            System.out.print(ev.table());
            System.out.print(ev.shapeTable());
            ev.metadata.forEach(m -> System.out.println("  " + m));
            ev.fragments.forEach(m -> System.out.println("  fragment " + m));
            ev.furnitureClaims.forEach(m -> System.out.println("  furniture claim " + m));
            ev.misses.forEach(m -> System.out.println("  " + m));
        }
        for (String language : new String[] {"es", "pt"}) {
            ClaimExtractor extractor = new ClaimExtractor(LanguagePack.of(language), Taxonomy.defaults());
            Evaluation heldOut = Evaluation.run(extractor, new MetadataInference(language),
                    Annotations.corpus("heldout-" + language));
            System.out.println("Extraction evaluation on the " + language + " held-out corpus (printed, not asserted)");
            System.out.print(heldOut.table());
            heldOut.furnitureClaims.forEach(m -> System.out.println("  furniture claim " + m));
            heldOut.metadata.forEach(m -> System.out.println("  " + m));
        }
    }

    private static void assertAtLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, what + " is " + actual + ", floor " + floor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt"})
    void checkableClaimsAreFound(String language) {
        assertAtLeast(FLOOR, BY_LANGUAGE.get(language).score("checkable claims found").recall(),
                language + " recall of checkable claims");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt"})
    void reportedClaimsNameTheirSpeaker(String language) {
        assertAtLeast(FLOOR, BY_LANGUAGE.get(language).score("speaker (reported claims)").recall(),
                language + " speaker right on reported claims");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt"})
    void disputedClaimsAreFlagged(String language) {
        assertAtLeast(FLOOR, BY_LANGUAGE.get(language).score("disputed").recall(),
                language + " recall of disputed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt"})
    void noFurnitureBecomesAClaim(String language) {
        assertEquals(java.util.List.of(), BY_LANGUAGE.get(language).furnitureClaims, language + " furniture as claims");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt"})
    void publishedDatesAreNeverWrong(String language) {
        assertEquals(0, BY_LANGUAGE.get(language).score("published date").fp, language + " wrong published dates");
    }
}
