package io.claimdesk.export;

import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A printable report: the scope and a summary table first, then each claim with its quote in context and its
 * verdicts. Rendered by Qute (so every value is escaped) one claim at a time, as the claims are read.
 */
final class HtmlReportWriter implements ExportWriter {

    /** The report's opening: what it covers and the counts by status, outlet and topic. */
    record Head(ExportScope scope, Map<String, Map<String, Long>> summary, String deskName) {
    }

    @CheckedTemplate(basePath = "ExportReport")
    static class Templates {
        static native TemplateInstance head(Head head);

        static native TemplateInstance claim(ExportedClaim e, String url);

        static native TemplateInstance foot();
    }

    private final Writer out;
    private final Map<String, Map<String, Long>> summary;
    private final String deskName;
    private final String publicUrl;

    HtmlReportWriter(Writer out, Map<String, Map<String, Long>> summary, String deskName, String publicUrl) {
        this.out = out;
        this.summary = summary;
        this.deskName = deskName;
        this.publicUrl = publicUrl;
    }

    @Override
    public void begin(ExportScope scope) throws IOException {
        out.write(Templates.head(new Head(scope, summary, deskName)).render());
    }

    @Override
    public boolean write(ExportedClaim e) throws IOException {
        out.write(Templates.claim(e, publicUrl + Urls.claim(e.claim().id())).render());
        return true;
    }

    @Override
    public void end() throws IOException {
        out.write(Templates.foot().render());
        out.flush();
    }
}
