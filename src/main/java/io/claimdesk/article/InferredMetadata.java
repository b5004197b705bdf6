package io.claimdesk.article;

import java.time.LocalDate;

/** Metadata read from an article's text; a component is null when the text does not state it. */
public record InferredMetadata(Inferred<String> title, Inferred<String> author, Inferred<LocalDate> published,
                               Inferred<String> outlet) {}
