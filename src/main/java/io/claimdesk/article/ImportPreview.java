package io.claimdesk.article;

import io.claimdesk.extraction.ExtractedClaim;
import io.claimdesk.extraction.Language;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import would store, shown to the editor before saving: each metadata value with where it came from
 * (null evidence: typed by the editor; null value: unknown) and the claims the extractor draws. Where the page
 * named an outlet, author or date in ways that disagree, the value stays unknown and the candidates, each with
 * the words it came from, are offered for the editor to pick.
 *
 * @param language         the language whose rules drew the claims
 * @param languageDetected true when the language was told from the text, false when the editor chose it
 */
public record ImportPreview(String text, Value<String> title, Value<String> outlet, Value<String> author,
                            Value<LocalDate> published, List<ExtractedClaim> claims, int furnitureSegments,
                            List<Value<String>> outletCandidates, List<Value<String>> authorCandidates,
                            List<Value<LocalDate>> publishedCandidates, Language language, boolean languageDetected) {

    /** A metadata value and the words or tag it was inferred from; evidence is null when the editor typed it. */
    public record Value<T>(T value, String evidence) {
        public boolean inferred() {
            return value != null && evidence != null;
        }
    }
}
