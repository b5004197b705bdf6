package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimdesk.article.MetadataInference;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the Spanish and Portuguese development corpora's pages are read: no furniture line inside a claim and no wrong
 * published date (asserted), and the title, author, outlet and date found right (printed, with what went wrong).
 */
class PageReadingEvaluationTest {

    private static final Map<String, Evaluation> BY_LANGUAGE = new TreeMap<>();

    @BeforeAll
    static void evaluate() {
        for (String language : List.of("es", "pt")) {
            Evaluation ev = Evaluation.run(new ClaimExtractor(LanguagePack.of(language), Taxonomy.defaults()),
                    new MetadataInference(language), Annotations.corpus(language));
            BY_LANGUAGE.put(language, ev);
            System.out.println("Page reading on the " + language + " corpus (" + ev.articles + " articles)");
            for (String field : List.of("furniture lines", "published date", "title", "author", "outlet")) {
                Score s = ev.score(field);
                System.out.printf("  %-16s P %.2f R %.2f  tp %d fp %d fn %d%n", field, s.precision(), s.recall(), s.tp, s.fp,
                        s.fn);
            }
            ev.metadata.forEach(m -> System.out.println("  " + m));
            ev.furnitureClaims.forEach(m -> System.out.println("  furniture claim " + m));
            ev.misses.stream().filter(m -> m.contains("furniture kept as body") || m.contains(" body marked "))
                    .forEach(m -> System.out.println("  " + m));
        }
    }

    @Test
    void noFurnitureLineBecomesAClaim() {
        BY_LANGUAGE.forEach((language, ev) -> assertEquals(List.of(), ev.furnitureClaims, language));
    }

    @Test
    void noPublishedDateIsWrong() {
        BY_LANGUAGE.forEach((language, ev) -> assertEquals(0, ev.score("published date").fp, language + " wrong dates"));
    }
}
