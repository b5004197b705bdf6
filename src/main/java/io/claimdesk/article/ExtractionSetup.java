package io.claimdesk.article;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.extraction.ClaimExtractor;
import io.claimdesk.extraction.LanguagePack;
import io.claimdesk.extraction.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The desk's one extractor and taxonomy: the language pack's models load once, and the taxonomy comes from
 * {@code claimdesk.topics-file} when a desk gives one. The extraction package itself knows nothing of Quarkus.
 */
@ApplicationScoped
public class ExtractionSetup {

    @Produces
    @Singleton
    Taxonomy taxonomy(ClaimdeskConfig config) {
        return config.topicsFile().map(Taxonomy::read).orElseGet(Taxonomy::defaults);
    }

    @Produces
    @Singleton
    ClaimExtractor extractor(Taxonomy taxonomy) {
        return new ClaimExtractor(LanguagePack.of("en"), taxonomy);
    }
}
