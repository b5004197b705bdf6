package io.claimdesk.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extractor's one date parser. Recognises a line that is a date stamp ("Published 18 August 2016", "May 29,
 * 2024", "Added 06-01-20 06:34:03pm EST - …", "Published: 18.11.2026, 06:45") and reads its date; finds the date
 * inside a wire dateline or a "Posted by … on …" line; reads a date written out in prose. Dates inside a story are
 * not stamps. Month names, weekdays and the stamp labels ("Published", "Updated") come from the language pack.
 */
public final class DateLines {

    /**
     * The date stamp found on a line: its date and the exact range of the stamp (UTF-16, line-relative).
     *
     * @param label     the stamp's label as the line gives it ("Published", "Updated"), or null
     * @param weekday   the stamp names the day of the week ("Saturday, December 5, 2026"), as site banners do
     */
    public record Stamp(LocalDate date, int start, int end, boolean updated, String label, boolean weekday) {}

    /**
     * Numeric dates with slashes or hyphens are read in the pack's order ("month-first" as US sites write them, "day-first"
     * as the rest of the world does); dots are always day first.
     */
    private static final String NUMERIC = "(?<a4>\\d{1,2})(?<sep>[-/.])(?<b4>\\d{1,2})\\k<sep>(?<y4>\\d{4}|\\d{2})";
    private static final String ISO = "(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})";
    /** "at 7:41 PM EST", "às 14h20", "- 14:20 hs": the clock time after a date, with the pack's joining words. */
    private static final String CLOCK = "\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?|h(?:rs|s)?\\b\\.?)?(?:\\s+[A-Z]{2,5}\\b)?"
            // "14:20 (GMT-3)", "14h20 UTC+1"
            + "(?:\\s*\\(?(?:GMT|UTC)\\s*[+−-]\\s*\\d{1,2}(?::\\d{2})?\\)?)?";
    /** "… 7:41 PM UTC Updated ago": a few words of page labels after the stamp, no digits, no sentence. */
    private static final String LABEL_TAIL = "\\s+(?:\\p{L}+\\s*){1,3}$";
    private static final int DIGIT_WITHIN = 48;
    /** The first day an article may be dated. */
    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private final LanguagePack pack;
    private final boolean dayFirst;
    private final Pattern stamp;
    private final Pattern inProse;

    public DateLines(LanguagePack pack) {
        this.pack = pack;
        dayFirst = "day-first".equals(pack.pattern("numericDateOrder"));
        String month = "(?<month>" + alternatives(pack.months().keySet()) + ")\\.?";
        String joiner = "(?:(?:" + alternatives(pack.entries("dateJoiners")) + ")\\s+)?";
        // "3 de marzo de 2023", "12 mar 2023", "03.mar.2023": spaces with the pack's joining words, or one mark
        String dayMonthYear = "(?<d1>\\d{1,2})(?:st|nd|rd|th|º|°)?(?:\\s+" + joiner + "|[./-])" + month
                + "(?:,?\\s+" + joiner + "|[/-]|(?<=\\.))(?<y1>\\d{4})";
        String monthDayYear = month.replace("month", "month2") + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})";
        String cue = "(?:(?<cue>" + alternatives(pack.words("dateLabels")) + ")(?:\\s+on)?:?\\s+)?";
        String time = "(?:\\s*(?:" + alternatives(pack.entries("timeJoiners")) + ")?\\s*" + CLOCK + ")?";
        String weekday = "(?:(?<weekday>" + alternatives(pack.weekdays()) + ")[a-z]*\\.?,?\\s+)?";
        String date = "(?:" + dayMonthYear + "|" + monthDayYear + "|" + ISO + "|" + NUMERIC + ")";
        // "Juliaca, 5 October 2026", "San Antonio, Chile – March 11, 2026": a place may stand before the date, and
        // so may a section label ("Commentary | 12 May 2025")
        // nor a byline: "By Ana Ruiz | March 3, 2026" names its author before the date, not a place
        String notDay = "(?!(?:" + alternatives(pack.weekdays()) + ")\\b)(?!(?:" + alternatives(pack.months().keySet()) + ")\\b)"
                + "(?!(?:" + alternatives(pack.entries("bylineCues")) + ")\\s)";
        String place = "(?:" + notDay + "\\p{Lu}[\\p{L} .'’-]{1,30}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}){0,2}\\s*(?:,|[-–—|])\\s*)?";
        // "12:45, 14.03.2025": agencies write the time first; "7:45 AM EST, Tue March 3, 2026" with its zone
        String timeFirst = "(?:\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?,?\\s+)?";
        // "03/03/2023 14h20 Atualizado em 03/03/2023 16h05": a second labelled stamp may follow the first
        String nextLabel = "\\s+(?:" + alternatives(pack.words("dateLabels")) + ")\\b";
        stamp = Pattern.compile("^" + place + cue + timeFirst + weekday + date + time
                + "(?=\\s*$|\\s+[-–—|·•]\\s?|\\s*,\\s|" + LABEL_TAIL + "|" + nextLabel + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        inProse = Pattern.compile("\\b" + weekday + date, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternatives(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }

    /** The stamp the line starts with, when the line is nothing but a stamp (plus a dash-separated tail). */
    public Optional<Stamp> stamp(String line) {
        if (!hasDigitNearStart(line)) {
            return Optional.empty();
        }
        Matcher m = stamp.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date = toDate(m);
        if (date == null) {
            return Optional.empty();
        }
        String cue = m.group("cue");
        boolean updated = cue != null && pack.words("updatedLabels").contains(cue.toLowerCase(Locale.ROOT));
        return Optional.of(new Stamp(date, m.start(), m.end(), updated, cue, m.group("weekday") != null));
    }

    /** The first full date written anywhere in the text ("… on March 24, 2025"), with its range, or empty. */
    public Optional<Stamp> find(String text) {
        Matcher m = inProse.matcher(text);
        while (m.find()) {
            LocalDate date = toDate(m);
            if (date != null) {
                return Optional.of(new Stamp(date, m.start(), m.end(), false, null, m.group("weekday") != null));
            }
        }
        return Optional.empty();
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

    /** The date, or null for one that does not exist or lies outside 1800 to next year. */
    private LocalDate toDate(Matcher m) {
        try {
            LocalDate date;
            if (m.group("y1") != null) {
                date = LocalDate.of(year(m.group("y1")), pack.month(m.group("month")), Integer.parseInt(m.group("d1")));
            } else if (m.group("y2") != null) {
                date = LocalDate.of(year(m.group("y2")), pack.month(m.group("month2")), Integer.parseInt(m.group("d2")));
            } else if (m.group("y3") != null) {
                date = LocalDate.of(year(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
            } else {
                int a = Integer.parseInt(m.group("a4"));
                int b = Integer.parseInt(m.group("b4"));
                int y = year(m.group("y4"));
                boolean readDayFirst = dayFirst || a > 12 || ".".equals(m.group("sep"));
                date = readDayFirst ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
            }
            return plausible(date) ? date : null;
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    /**
     * Whether a date can be an article's: from 1800 to the end of next year (a page may be stamped a little ahead of
     * the reader's clock, never by years). The desk refuses or drops any other, wherever a date comes from.
     */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest());
    }

    /** The last day an article may be dated: 31 December of next year. */
    public static LocalDate latest() {
        return LocalDate.of(LocalDate.now().getYear() + 1, 12, 31);
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
