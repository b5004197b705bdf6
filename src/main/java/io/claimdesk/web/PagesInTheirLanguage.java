package io.claimdesk.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Gives every template rendered for a request the request's language, in one place rather than in each resource.
 * quarkus-rest-qute would otherwise take the first {@code Accept-Language} range as is (a French first choice over a
 * Spanish second one would give English) and knows nothing of an account's setting. Templates rendered outside a
 * request (a list page drawn again in the background) are given their language by whoever renders them.
 */
@Singleton
public class PagesInTheirLanguage {

    private final PageLanguage pageLanguage;

    PagesInTheirLanguage(PageLanguage pageLanguage) {
        this.pageLanguage = pageLanguage;
    }

    /** Qute takes initializers from the engine builder, not from beans that implement the interface. */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::giveLanguage);
    }

    private void giveLanguage(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(pageLanguage.current().locale());
        }
    }
}
