package io.claimdesk.article;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata read from an article's text; a component is null when the text does not state it, or states it in ways
 * that disagree. The candidates are every value found, strongest first, for an editor to pick from.
 */
public record InferredMetadata(Inferred<String> title, Inferred<String> author, Inferred<LocalDate> published,
                               Inferred<String> outlet, List<Inferred<String>> authorCandidates,
                               List<Inferred<LocalDate>> publishedCandidates, List<Inferred<String>> outletCandidates) {

    public InferredMetadata {
        authorCandidates = authorCandidates == null ? List.of() : List.copyOf(authorCandidates);
        publishedCandidates = publishedCandidates == null ? List.of() : List.copyOf(publishedCandidates);
        outletCandidates = outletCandidates == null ? List.of() : List.copyOf(outletCandidates);
    }

    /** Values without alternatives, as an uploaded page's own meta tags give them. */
    public InferredMetadata(Inferred<String> title, Inferred<String> author, Inferred<LocalDate> published,
                            Inferred<String> outlet) {
        this(title, author, published, outlet, List.of(), List.of(), List.of());
    }
}
