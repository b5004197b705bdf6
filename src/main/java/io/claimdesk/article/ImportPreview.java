package io.claimdesk.article;

import io.claimdesk.extraction.ExtractedClaim;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import would store, shown to the editor before saving: each metadata value with where it came from
 * (null evidence: typed by the editor; null value: unknown) and the claims the extractor draws.
 */
public record ImportPreview(String text, Value<String> title, Value<String> outlet, Value<String> author,
                            Value<LocalDate> published, List<ExtractedClaim> claims, int furnitureSegments) {

    /** A metadata value and the words or tag it was inferred from; evidence is null when the editor typed it. */
    public record Value<T>(T value, String evidence) {
        public boolean inferred() {
            return value != null && evidence != null;
        }
    }
}
