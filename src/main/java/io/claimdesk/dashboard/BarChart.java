package io.claimdesk.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A horizontal bar chart as the {@code tags/barChart} template draws it in SVG: one row per thing counted, each bar
 * made of segments of a {@link Series}, every row and segment a link into the claim list. The geometry is worked out
 * here in the units of the SVG's view box, so the template only places numbers.
 *
 * @param id          unique on the page; the SVG's title and description ids derive from it
 * @param title       what the chart shows, its accessible name
 * @param description the chart's gist in a sentence, read out with the name
 * @param rowHeading  what a row is, heading the data table's first column ("Outlet")
 * @param rows        top to bottom
 * @param legend      the series of every bar's parts, in order
 */
public record BarChart(String id, String title, String description, String rowHeading, List<Row> rows,
                       List<Series> legend) {

    /** Width of the view box. */
    public static final int WIDTH = 1100;
    /** Right edge of the row labels; bars start a little after it. */
    public static final int LABEL_END = 250;
    public static final int BAR_START = 260;
    /** The longest bar's length; the row's value is written after its bar. */
    public static final int BAR_SPAN = 400;
    public static final int ROW_HEIGHT = 30;
    public static final int BAR_HEIGHT = 22;
    /** Width a digit of a segment's number takes, and the margin around it. */
    static final int DIGIT_WIDTH = 9;
    static final int NUMBER_MARGIN = 12;
    /** Labels longer than this are cut in the drawing (the data table has them whole). */
    static final int MAX_LABEL_CHARS = 30;

    public int width() {
        return WIDTH;
    }

    public int labelEnd() {
        return LABEL_END;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public int height() {
        return Math.max(1, rows.size()) * ROW_HEIGHT;
    }

    public String titleId() {
        return id + "-title";
    }

    public String descId() {
        return id + "-desc";
    }

    /**
     * One bar: its label (linked to everything it counts), the value written after it, and its segments.
     *
     * @param value the row's numbers in words, e.g. "16: 8 unreviewed, 3 corroborated, 5 contested"
     * @param parts every part, those with no claims too, in the legend's order: the data table's cells
     */
    public record Row(String label, String url, String value, List<Part> parts, List<Segment> segments, int index) {

        public int y() {
            return index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        }

        /** Baseline of the row's texts, centred on the bar. */
        public int textY() {
            return y() + BAR_HEIGHT / 2 + 5;
        }

        public String shortLabel() {
            return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
        }

        /** Where the value text starts: just after the bar's end. */
        public double valueX() {
            return segments.isEmpty() ? BAR_START : segments.get(segments.size() - 1).end() + 8;
        }

        public long total() {
            return parts.stream().mapToLong(Part::count).sum();
        }
    }

    /** A part of a bar: how many claims of one series, where it is drawn, and the list of exactly those claims. */
    public record Segment(Series series, long count, String url, String tooltip, double x, double width) {

        public double end() {
            return x + width;
        }

        public double centre() {
            return x + width / 2;
        }

        /** Whether the number fits inside; a segment too narrow for it still has it in the row's text. */
        public boolean showsNumber() {
            return width >= NUMBER_MARGIN + DIGIT_WIDTH * String.valueOf(count).length();
        }
    }

    /** One part of a segment before it is placed: its series, count, link and hover text. */
    public record Part(Series series, long count, String url, String tooltip) {
    }

    /** The unplaced bar: its label, link, value words and parts. */
    public record Bar(String label, String url, String value, List<Part> parts) {

        public long total() {
            return parts.stream().mapToLong(Part::count).sum();
        }
    }

    /**
     * Places the bars: a bar's length is its total against {@code scale} (the largest total, or 100 % for shares),
     * and parts with no claims are left out of the drawing.
     */
    public static BarChart of(String id, String title, String description, String rowHeading, List<Bar> bars,
                              List<Series> legend, ToLongFunction<Bar> scaleOf) {
        long scale = Math.max(1, bars.stream().mapToLong(scaleOf).max().orElse(1));
        List<Row> rows = new ArrayList<>();
        for (Bar bar : bars) {
            List<Segment> segments = new ArrayList<>();
            double x = BAR_START;
            long barTotal = Math.max(1, bar.parts().stream().mapToLong(Part::count).sum());
            double length = (double) BAR_SPAN * scaleOf.applyAsLong(bar) / scale;
            for (Part part : bar.parts()) {
                if (part.count() > 0) {
                    double width = round(length * part.count() / barTotal);
                    segments.add(new Segment(part.series(), part.count(), part.url(), part.tooltip(), round(x), width));
                    x += width;
                }
            }
            rows.add(new Row(bar.label(), bar.url(), bar.value(), bar.parts(), segments, rows.size()));
        }
        return new BarChart(id, title, description, rowHeading, rows, legend);
    }

    private static double round(double units) {
        return Math.round(units * 10) / 10.0;
    }
}
