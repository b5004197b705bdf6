package io.claimdesk.web;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers templates call as properties, e.g. {@code {row.createdAt.day}}; links come from {@link Urls}. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The UTC day of an instant, e.g. {@code 2026-11-23}. */
    static String day(java.time.Instant instant) {
        return instant.toString().substring(0, 10);
    }

    /** An instant as a reader sees it in a history: {@code 2026-11-23 14:05 UTC}. */
    static String minute(java.time.Instant instant) {
        return instant.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    /** Evidence is a URL or a claim id. */
    static boolean isLink(String evidence) {
        return evidence.startsWith("http://") || evidence.startsWith("https://");
    }

    /** Replies indent one step per level, up to four, so deep threads stay readable on a phone. */
    static int depthClass(int depth) {
        return Math.min(depth, 4);
    }

    /** A date as a reader of the page's language writes it: {@code 8 Mar 2024}, {@code 8 mar 2024}. */
    static String display(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        InterfaceLanguage language = InterfaceLanguage.of(locale).orElse(InterfaceLanguage.ENGLISH);
        return language == InterfaceLanguage.ENGLISH ? DAY.format(date) : DAY.withLocale(language.locale()).format(date);
    }

    /** A 0..1 score as a whole percentage. */
    static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    /** An enum constant as a CSS class or readable word: {@code NOT_SURE} → {@code not-sure}. */
    static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * An enum constant as a reader sees it, in the page's language: English is the constant's name made readable
     * ({@code SAME_EVENT} → {@code Same event}); other languages look the constant up as {@code Type.CONSTANT} in
     * their message file, falling back to English for a constant it does not name.
     */
    static String label(Enum<?> value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        InterfaceLanguage language = InterfaceLanguage.of(locale).orElse(InterfaceLanguage.ENGLISH);
        if (language != InterfaceLanguage.ENGLISH) {
            String translated = language.messages().enum_label(
                    value.getDeclaringClass().getSimpleName() + "." + value.name());
            if (!translated.isBlank()) {
                return translated;
            }
        }
        return value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
