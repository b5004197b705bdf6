package io.claimdesk.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.claim.ClaimStatus;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code {"@context": "https://schema.org", "@graph": [ClaimReview…]}}. Only reviewed claims are published:
 * an unreviewed claim has no rating to give.
 */
final class JsonLdExportWriter implements ExportWriter {

    private final ObjectMapper json;
    private final JsonGenerator out;
    private final String deskName;
    private final String publicUrl;

    JsonLdExportWriter(ObjectMapper json, OutputStream stream, String deskName, String publicUrl) throws IOException {
        this.json = json;
        this.out = json.getFactory().createGenerator(stream, JsonEncoding.UTF8);
        this.deskName = deskName;
        this.publicUrl = publicUrl;
    }

    @Override
    public void begin(ExportScope scope) throws IOException {
        out.writeStartObject();
        out.writeStringField("@context", "https://schema.org");
        out.writeArrayFieldStart("@graph");
    }

    @Override
    public boolean write(ExportedClaim e) throws IOException {
        if (e.claim().status() == ClaimStatus.UNREVIEWED) {
            return false;
        }
        json.writeValue(out, ClaimReviewJsonLd.of(e, deskName, publicUrl));
        return true;
    }

    @Override
    public void end() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }
}
