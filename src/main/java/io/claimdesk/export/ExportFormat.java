package io.claimdesk.export;


import io.claimdesk.failure.Invalid;
import java.util.Arrays;
import java.util.Locale;

/** The export formats, with their media type and file extension. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    JSONLD("application/ld+json", "jsonld"),
    HTML("text/html; charset=UTF-8", "html");

    public final String mediaType;
    public final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String value) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> new Invalid("format", "format must be one of csv, json, jsonld, html"));
    }
}
