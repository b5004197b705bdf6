package io.claimdesk.extraction;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the desk reads, as stored on articles and claims ({@link #code}): the three it has rules for and
 * {@code und} for a text whose language could not be told.
 */
public enum Language {
    EN("en", "English"),
    ES("es", "Español"),
    PT("pt", "Português"),
    UND("und", "Undetermined");

    private final String code;
    private final String label;

    Language(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** What articles and claims store, and what the API and the list's filter take: "en", "es", "pt", "und". */
    public String code() {
        return code;
    }

    /** The language's name in itself ("Español"), as a reader of that language would look for it. */
    public String label() {
        return label;
    }

    /** The compact form shown beside an outlet: "ES"; "?" for an undetermined language. */
    public String badge() {
        return this == UND ? "?" : code.toUpperCase(Locale.ROOT);
    }

    /** The language of a stored or sent code, case aside; empty for anything else. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String folded = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(folded)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a claim in {@code other} is badged with beside a claim in {@code own}: only a known language that
     * is not {@code own}, since a reviewer then reads the other claim's wording, not a translation of this one's.
     * Null otherwise.
     */
    public static Language shownBeside(String own, String other) {
        Language language = stored(other);
        return language == UND || language == stored(own) ? null : language;
    }

    /** The language of a stored code; a code the desk does not know reads as undetermined. */
    public static Language stored(String code) {
        return of(code).orElse(UND);
    }
}
