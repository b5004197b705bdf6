package io.claimdesk.export;

import io.claimdesk.claim.ClaimRow;
import io.claimdesk.review.VerdictRow;
import io.claimdesk.web.Urls;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV through Commons CSV, UTF-8 with a byte-order mark so spreadsheets read it as UTF-8. A cell that
 * a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe.
 */
final class CsvExportWriter implements ExportWriter {

    static final String[] HEADER = {"claim_id", "claim_text", "anchor_exact", "anchor_prefix", "anchor_suffix",
            "anchor_start", "anchor_end", "article_id", "article_title", "outlet", "outlet_stance", "outlet_stance_suggested", "language", "author", "published",
            "article_url", "article_sha256", "kind", "checkable", "claim_stance", "topics", "attributed_to", "via",
            "disputed", "disputed_reason", "status", "reviewers_disagree", "verdicts", "claim_url"};

    private final Writer out;
    private final String publicUrl;
    private CSVPrinter printer;

    CsvExportWriter(Writer out, String publicUrl) {
        this.out = out;
        this.publicUrl = publicUrl;
    }

    @Override
    public void begin(ExportScope scope) throws IOException {
        out.write('\uFEFF');
        printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    @Override
    public boolean write(ExportedClaim e) throws IOException {
        ClaimRow c = e.claim();
        List<Object> cells = new ArrayList<>(List.of(c.id(), c.text(), c.anchor().exact(), c.anchor().prefix(),
                c.anchor().suffix(), c.anchor().start(), c.anchor().end(), c.articleId()));
        cells.add(e.article().title());
        cells.add(c.outlet());
        cells.add(c.outletStance());
        cells.add(c.outletStanceSuggested());
        cells.add(c.language());
        cells.add(e.article().author());
        cells.add(c.published());
        cells.add(e.article().url());
        cells.add(e.article().sha256());
        cells.add(c.kind());
        cells.add(c.checkable());
        cells.add(c.stance());
        cells.add(String.join(";", c.topics()));
        cells.add(c.attributedTo());
        cells.add(c.via());
        cells.add(c.disputed());
        cells.add(c.disputedReason());
        cells.add(c.status());
        cells.add(c.reviewersDisagree());
        cells.add(e.verdicts().stream().map(CsvExportWriter::verdictLine).collect(Collectors.joining("\n")));
        cells.add(publicUrl + Urls.claim(c.id()));
        printer.printRecord(cells.stream().map(CsvExportWriter::neutralised));
        return true;
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }

    static String verdictLine(VerdictRow v) {
        return v.createdAt() + " " + v.reviewer() + ": " + v.verdict() + (v.settlement() ? " (settlement)" : "")
                + ", attribution " + v.attribution() + " — " + v.rationale();
    }

    /** Empty for unknown; text that a spreadsheet would evaluate is made inert. */
    static String neutralised(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
