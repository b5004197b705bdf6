package io.claimdesk.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is a date stamp ("Published 18 August 2016", "May 29, 2024",
 * "Added 06-01-20 06:34:03pm EST - …") and reads its date. Dates inside prose are not stamps.
 */
public final class DateLines {

    /** The date stamp found on a line: its date and the exact range of the stamp (UTF-16, line-relative). */
    public record Stamp(LocalDate date, int start, int end, boolean updated) {}

    private static final String MONTH =
            "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY_MONTH_YEAR = "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<y1>\\d{4})";
    private static final String MONTH_DAY_YEAR = MONTH.replace("month", "month2")
            + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})";
    private static final String ISO = "(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})";
    /** Numeric dates are read month first: the US order the scraped US sites use; a first part over 12 is a day. */
    private static final String NUMERIC = "(?<a4>\\d{1,2})[-/.](?<b4>\\d{1,2})[-/.](?<y4>\\d{4}|\\d{2})";
    private static final String CUE =
            "(?:(?<cue>Published|Updated|Last updated|First published|Posted|Added|Date|Modified)(?:\\s+on)?:?\\s+)?";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME =
            "(?:\\s*(?:,|at|-|\\|)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}\\b)?)?";
    /** "… 7:41 PM UTC Updated ago": a few words of page labels after the stamp, no digits, no sentence. */
    private static final String LABEL_TAIL = "\\s+(?:\\p{L}+\\s*){1,3}$";
    private static final Pattern STAMP = Pattern.compile(
            "^" + CUE + WEEKDAY + "(?:" + DAY_MONTH_YEAR + "|" + MONTH_DAY_YEAR + "|" + ISO + "|" + NUMERIC + ")"
                    + TIME + "(?=\\s*$|\\s+[-–—|·•]\\s?|" + LABEL_TAIL + ")",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final int DIGIT_WITHIN = 48;

    private DateLines() {
    }

    /** The stamp the line starts with, when the line is nothing but a stamp (plus a dash-separated tail). */
    public static Optional<Stamp> stamp(String line) {
        if (!hasDigitNearStart(line)) {
            return Optional.empty();
        }
        Matcher m = STAMP.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date = toDate(m);
        if (date == null) {
            return Optional.empty();
        }
        String cue = m.group("cue");
        boolean updated = cue != null && cue.toLowerCase(Locale.ROOT).contains("updated");
        return Optional.of(new Stamp(date, m.start(), m.end(), updated));
    }

    /** Every stamp has a digit within its first words ("Published on Monday, 18 …"): a cheap test first. */
    private static boolean hasDigitNearStart(String line) {
        for (int i = 0, n = Math.min(line.length(), DIGIT_WITHIN); i < n; i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            if (m.group("y1") != null) {
                return LocalDate.of(year(m.group("y1")), month(m.group("month")), Integer.parseInt(m.group("d1")));
            }
            if (m.group("y2") != null) {
                return LocalDate.of(year(m.group("y2")), month(m.group("month2")), Integer.parseInt(m.group("d2")));
            }
            if (m.group("y3") != null) {
                return LocalDate.of(year(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
            }
            int a = Integer.parseInt(m.group("a4"));
            int b = Integer.parseInt(m.group("b4"));
            int y = year(m.group("y4"));
            return a > 12 ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** Two-digit years: 00–69 are this century, as on every news site old enough to matter. */
    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            return v < 70 ? 2000 + v : 1900 + v;
        }
        return v;
    }
}
