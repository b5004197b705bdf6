package io.claimdesk.dashboard;

import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimStance;

import java.util.List;

/**
 * The dashboard: the review queues' sizes and four charts of the whole corpus, every number a link into the claim
 * list showing exactly the claims it counts.
 *
 * @param patterns     every series drawn, for the fill patterns the charts share
 * @param moreOutlets  outlets with claims beyond those charted
 * @param undated      claims whose article has no published date: counted, never placed on the time line
 * @param timeUnit     "month" or "year", the time chart's bucket
 */
public record DashboardView(long claims, List<QueueTile> queues, List<Series> patterns, BarChart outlets,
                            long moreOutlets, String outletsUrl, BarChart time, String timeUnit, long undated,
                            String undatedUrl, StanceMatrix matrix, BarChart topics) {

    /** One review queue: its size and where to work through it. */
    public record QueueTile(String label, long size, String url, String note) {
    }

    /**
     * Outlet stance (rows) against claim stance (columns), each cell's count shaded by its share of the largest.
     *
     * @param withoutOutlet claims of no outlet, counted in the UNKNOWN row
     */
    public record StanceMatrix(List<ClaimStance> columns, List<MatrixRow> rows, List<Cell> columnTotals, long total,
                               long withoutOutlet) {
    }

    public record MatrixRow(OutletStance stance, Cell total, List<Cell> cells) {
    }

    /**
     * @param level 0 (none) to 4 (the largest count), the shade of the cell
     * @param label the cell in words, for its link's title
     */
    public record Cell(long count, String url, int level, String label) {
    }
}
