package io.claimdesk.article;

import io.claimdesk.extraction.DateLines;
import io.claimdesk.extraction.Language;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Params;
import io.claimdesk.web.WebAddress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The checks an article's metadata passes when a person types it, whichever way it comes (the import form, the API's
 * fields, a metadata edit): each refusal is a 400 naming the field and what to fix, before the database could fail
 * on it. The lengths are the columns' in {@code db/migration/V1__articles_and_claims.sql}. A blank value is null.
 */
public final class MetadataFields {

    public static final int TITLE_CHARS = 1000;
    public static final int AUTHOR_CHARS = 300;
    public static final int OUTLET_CHARS = 200;
    public static final int URL_CHARS = 2000;
    /** Each inferred value's evidence column, and the outlet's stance evidence. */
    public static final int EVIDENCE_CHARS = 2000;
    public static final int SOURCE_NAME_CHARS = 500;

    private MetadataFields() {
    }

    public static String title(String value) {
        return text("title", value, TITLE_CHARS);
    }

    public static String author(String value) {
        return text("author", value, AUTHOR_CHARS);
    }

    public static String outlet(String value) {
        return text("outlet", value, OUTLET_CHARS);
    }

    /** An absolute http(s) address ({@link WebAddress}), its scheme in lower case. */
    public static String url(String value) {
        String v = text("url", value, URL_CHARS);
        if (v == null) {
            return null;
        }
        String address = WebAddress.checked(v, URL_CHARS);
        if (address != null) {
            return address;
        }
        throw new Invalid("url", "url must be an http(s) address like https://example.org/story, not '" + v + "'");
    }

    /** A date as an editor or a page writes it ({@link Params#readDate}), in range. */
    public static LocalDate published(String value) {
        String v = Params.blankToNull(value);
        if (v == null) {
            return null;
        }
        LocalDate date;
        try {
            date = Params.readDate(v);
        } catch (DateTimeParseException e) {
            throw new Invalid("published", "published must be a date like 2024-05-29, not '" + v + "'");
        }
        return published(date);
    }

    /** The date itself, when an article can bear it (see {@link DateLines#plausible}); null stays null. */
    public static LocalDate published(LocalDate date) {
        if (date != null && !DateLines.plausible(date)) {
            throw new Invalid("published", "published must be a date from " + DateLines.EARLIEST
                    + " to the end of next year (" + DateLines.latest() + "), not " + date);
        }
        return date;
    }

    /**
     * The fields as a form sends them, "" for one left empty (which makes it unknown): what a metadata edit changes,
     * and what a refused form shows again.
     */
    public static Map<String, String> typed(String title, String outlet, String author, String published, String url,
                                            String outletStance, String language) {
        Map<String, String> typed = new HashMap<>();
        typed.put("title", orEmpty(title));
        typed.put("outlet", orEmpty(outlet));
        typed.put("author", orEmpty(author));
        typed.put("published", orEmpty(published));
        typed.put("url", orEmpty(url));
        typed.put("outletStance", orEmpty(outletStance));
        // A form without the language control (an older page, a script) leaves the language as it is.
        if (language != null) {
            typed.put("language", language);
        }
        return typed;
    }

    /** A language code as a person gives it ("ES" reads "es"); null when blank, which an import detects. */
    public static String language(String value) {
        String v = Params.blankToNull(value);
        if (v == null) {
            return null;
        }
        return Language.of(v).map(Language::code).orElseThrow(() -> new Invalid("language", "language must be one of "
                + Arrays.stream(Language.values()).map(Language::code).toList() + ", not '" + v + "'"));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** At most {@code chars} characters of the value, never half of a character outside the BMP. */
    public static String cut(String value, int chars) {
        if (value == null || value.length() <= chars) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(chars - 1)) ? chars - 1 : chars;
        return value.substring(0, end);
    }

    private static String text(String field, String value, int chars) {
        String v = Params.blankToNull(value);
        if (v != null && v.length() > chars) {
            throw new Invalid(field, field + " may have at most " + chars + " characters; this one has "
                    + v.length() + ". Shorten it.");
        }
        return v;
    }
}
