package io.claimdesk.matching;

import java.util.Locale;
import java.util.Set;

/**
 * The language of a related claim as its relation shows it ("ES", titled "español"): only when it is not the
 * language of the claim it is read beside, since a reviewer then reads a translation's wording, not a quote.
 */
public record LanguageBadge(String code, String name) {

    /** The language tag of the badge ("es"), for the lang of its name. */
    public String tag() {
        return code.toLowerCase(Locale.ROOT);
    }

    private static final Set<String> KNOWN = Set.of("en", "es", "pt");

    /** The badge of {@code other} read beside a claim in {@code own}; null when they are one language or unknown. */
    static LanguageBadge of(String own, String other) {
        if (other == null || !KNOWN.contains(other) || other.equals(own)) {
            return null;
        }
        // Named in its own language ("español"), as the language badges of lists are: the same word in every interface.
        Locale language = Locale.forLanguageTag(other);
        return new LanguageBadge(other.toUpperCase(Locale.ROOT), language.getDisplayLanguage(language));
    }
}
