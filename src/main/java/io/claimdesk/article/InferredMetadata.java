package io.claimdesk.article;

import io.claimdesk.extraction.DateLines;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    /**
     * What of this the article's columns can hold: a title longer than its column is cut, an author or an outlet that
     * long is no name and is dropped, a date no article can bear is unknown, and evidence is cut to its column. Read
     * from a page nobody checked, none of these may refuse the import or fail it in the database.
     */
    public InferredMetadata storable() {
        return new InferredMetadata(cut(title, MetadataFields.TITLE_CHARS), name(author, MetadataFields.AUTHOR_CHARS),
                date(published), name(outlet, MetadataFields.OUTLET_CHARS),
                names(authorCandidates, MetadataFields.AUTHOR_CHARS), dates(publishedCandidates),
                names(outletCandidates, MetadataFields.OUTLET_CHARS));
    }

    private static Inferred<String> cut(Inferred<String> found, int chars) {
        return found == null ? null : new Inferred<>(MetadataFields.cut(found.value(), chars),
                MetadataFields.cut(found.evidence(), MetadataFields.EVIDENCE_CHARS), found.start(), found.end());
    }

    private static Inferred<String> name(Inferred<String> found, int chars) {
        return found == null || found.value().length() > chars ? null : cut(found, chars);
    }

    private static Inferred<LocalDate> date(Inferred<LocalDate> found) {
        return found == null || !DateLines.plausible(found.value()) ? null : new Inferred<>(found.value(),
                MetadataFields.cut(found.evidence(), MetadataFields.EVIDENCE_CHARS), found.start(), found.end());
    }

    private static List<Inferred<String>> names(List<Inferred<String>> found, int chars) {
        return found.stream().map(f -> name(f, chars)).filter(Objects::nonNull).toList();
    }

    private static List<Inferred<LocalDate>> dates(List<Inferred<LocalDate>> found) {
        return found.stream().map(InferredMetadata::date).filter(Objects::nonNull).toList();
    }
}
