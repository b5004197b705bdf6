package io.claimdesk.dashboard;

import io.claimdesk.claim.ClaimStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One kind of segment in the dashboard's charts, told apart by a fill pattern as well as by colour, so that a reader
 * who cannot tell the colours apart still can. Every fill is dark enough for white numbers on it (WCAG AA).
 *
 * @param key     names the SVG pattern ({@code pattern-<key>}) and the CSS class, and picks the series' word in the
 *                legend and the data table ({@code work:dash_series})
 * @param fill    the base colour
 * @param ink     the colour of the pattern's marks
 * @param pattern {@code dots}, {@code hatch}, {@code cross} or {@code solid}
 */
public record Series(String key, String fill, String ink, String pattern) {

    /** Patterns and colours given to statuses in their order; a status added later takes the next. */
    private static final List<Series> STATUS_LOOKS = List.of(
            new Series("", "#4b5563", "#111827", "dots"),
            new Series("", "#166534", "#052e16", "hatch"),
            new Series("", "#991b1b", "#450a0a", "cross"),
            new Series("", "#1e40af", "#172554", "solid"));

    public static final Series DISPUTED = new Series("disputed", "#9a3412", "#431407", "hatch");
    public static final Series UNDISPUTED = new Series("undisputed", "#475569", "#475569", "solid");
    public static final Series CLAIMS = new Series("claims", "#1e40af", "#1e40af", "solid");

    public static Series of(ClaimStatus status) {
        Series look = STATUS_LOOKS.get(status.ordinal() % STATUS_LOOKS.size());
        return new Series(status.name().toLowerCase(Locale.ROOT), look.fill, look.ink, look.pattern);
    }

    public static List<Series> statuses() {
        return Arrays.stream(ClaimStatus.values()).map(Series::of).toList();
    }

    /** Every series the page draws, for the pattern definitions shared by its charts. */
    public static List<Series> all() {
        List<Series> all = new java.util.ArrayList<>(statuses());
        all.addAll(List.of(DISPUTED, UNDISPUTED, CLAIMS));
        return all;
    }

    public String patternId() {
        return "pattern-" + key;
    }
}
