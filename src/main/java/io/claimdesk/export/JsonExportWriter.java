package io.claimdesk.export;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.article.ArticleSummary;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.review.VerdictRow;
import io.claimdesk.web.Urls;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code {"scope": …, "claims": [ … ]}}, streamed claim by claim. */
final class JsonExportWriter implements ExportWriter {

    /** A claim in the JSON export: the API's claim fields plus its article, verdicts and page. */
    record Claim(@JsonUnwrapped ClaimRow claim, ArticleSummary article, List<VerdictRow> verdicts, String url) {
    }

    private final ObjectMapper json;
    private final JsonGenerator out;
    private final String publicUrl;

    JsonExportWriter(ObjectMapper json, OutputStream stream, String publicUrl) throws IOException {
        this.json = json;
        this.out = json.getFactory().createGenerator(stream, JsonEncoding.UTF8);
        this.publicUrl = publicUrl;
    }

    @Override
    public void begin(ExportScope scope) throws IOException {
        out.writeStartObject();
        out.writeFieldName("scope");
        json.writeValue(out, scope);
        out.writeArrayFieldStart("claims");
    }

    @Override
    public boolean write(ExportedClaim e) throws IOException {
        json.writeValue(out, new Claim(e.claim(), e.article(), e.verdicts(), publicUrl + Urls.claim(e.claim().id())));
        return true;
    }

    @Override
    public void end() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }
}
