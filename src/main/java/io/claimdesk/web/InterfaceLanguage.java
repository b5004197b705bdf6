package io.claimdesk.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the desk's own words are written in (the claims keep theirs). Adding one is a constant here and a
 * {@code messages/msg_<code>.properties} file.
 */
public enum InterfaceLanguage {
    ENGLISH("en", "English"),
    SPANISH("es", "Español");

    /** Where a signed-in account's chosen language travels on its security identity; absent: the browser's. */
    public static final String IDENTITY_ATTRIBUTE = "claimdesk.interface-language";

    /** The ISO 639-1 code: the message file's suffix and the pages' {@code <html lang>}. */
    public final String code;
    /** The language's name in itself, as a person looking for it would read it. */
    public final String ownName;

    InterfaceLanguage(String code, String ownName) {
        this.code = code;
        this.ownName = ownName;
    }

    /** The desk's words in this language, for texts that Java composes rather than a template. */
    public DeskMessages messages() {
        return this == ENGLISH ? MessageBundles.get(DeskMessages.class)
                : MessageBundles.get(DeskMessages.class, Localized.Literal.of(code));
    }

    /** The words of the pages of work on the corpus in this language, for texts Java composes (the dashboard's). */
    public WorkMessages work() {
        return this == ENGLISH ? MessageBundles.get(WorkMessages.class)
                : MessageBundles.get(WorkMessages.class, Localized.Literal.of(code));
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of a stored setting, a form's value or a template's locale attribute; empty when none is ours. */
    public static Optional<InterfaceLanguage> of(Object codeOrLocale) {
        if (codeOrLocale == null) {
            return Optional.empty();
        }
        String tag = codeOrLocale instanceof Locale locale ? locale.getLanguage() : codeOrLocale.toString();
        String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }

    /**
     * The language an {@code Accept-Language} header asks for: the most wanted range whose primary language the desk
     * speaks (es-AR and es-419 are Spanish), English when none is, or when the header is absent or malformed.
     */
    public static InterfaceLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ranges.stream().filter(r -> r.getWeight() > 0).map(r -> of(r.getRange()))
                .flatMap(Optional::stream).findFirst().orElse(ENGLISH);
    }
}
