package io.claimdesk.web;


import io.claimdesk.failure.Invalid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Parses request parameters sent as text, answering a bad value with a 400 that names the field and the fix. */
public final class Params {

    private Params() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Long parseId(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new Invalid(field, field + " must be a numeric id, not '" + v + "'");
        }
    }

    public static int parseInt(String field, String value, int fallback, int min, int max) {
        String v = blankToNull(value);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the allowed range
        }
        throw new Invalid(field, field + " must be a whole number from " + min + " to " + max
                + ", not '" + v + "'");
    }

    public static <E extends Enum<E>> E parseEnum(String field, String value, Class<E> type) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + v + "'");
        }
    }

    public static Boolean parseBoolean(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw new Invalid(field, field + " must be true or false, not '" + v + "'");
        };
    }

    /**
     * A date as a person, a form or a page gives it: {@code 2024-05-29}, or a timestamp with its offset
     * ({@code 2024-05-29T08:15:00+02:00}) whose date is taken. The one reading of a date that comes in as text, for
     * filters and article metadata alike; each answers an unreadable one in its own words.
     *
     * @throws DateTimeParseException when the value is neither
     */
    public static LocalDate readDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            return OffsetDateTime.parse(value).toLocalDate();
        }
    }

    /** The widest days a filter is passed on as: PostgreSQL holds no date before 4713 BC. */
    private static final LocalDate FIRST_FILTER_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_FILTER_DAY = LocalDate.of(9999, 12, 31);

    /**
     * A day for a filter ({@link #readDate}: {@code 2023-06-30}). A day no database holds (year -999999999) is read as
     * the nearest one that they all do, so a lenient filter finds nothing or everything rather than failing in the
     * database.
     */
    public static LocalDate parseDate(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate day = readDate(v);
            return day.isBefore(FIRST_FILTER_DAY) ? FIRST_FILTER_DAY : day.isAfter(LAST_FILTER_DAY) ? LAST_FILTER_DAY : day;
        } catch (DateTimeParseException e) {
            throw new Invalid(field, field + " must be a date as YYYY-MM-DD, not '" + v + "'");
        }
    }
}
