package io.claimdesk.article;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.extraction.LanguageDetector;
import io.claimdesk.extraction.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The desk's extractors (one per language) and taxonomy: each language pack's models load once, and the taxonomy comes from
 * {@code claimdesk.topics-file} when a desk gives one. The extraction package itself knows nothing of Quarkus.
 */
@ApplicationScoped
public class ExtractionSetup {

    @Produces
    @Singleton
    Taxonomy taxonomy(ClaimdeskConfig config) {
        return config.topicsFile().map(Taxonomy::read).orElseGet(Taxonomy::defaults);
    }

    /** One extractor per language the desk has a pack for; see {@link Extractors} for "und" and missing packs. */
    @Produces
    @Singleton
    Extractors extractors(Taxonomy taxonomy) {
        Extractors extractors = new Extractors(taxonomy);
        // the English models load at start, as before, rather than in the first import
        extractors.forLanguage("en");
        return extractors;
    }

    @Produces
    @Singleton
    LanguageDetector languageDetector() {
        return new LanguageDetector();
    }
}
