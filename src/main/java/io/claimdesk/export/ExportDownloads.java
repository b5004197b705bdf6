package io.claimdesk.export;

import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An export as the answer that streams it, for a filter's export and a set's alike. */
@ApplicationScoped
public class ExportDownloads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Exports exports;
    private final CurrentAccount current;

    ExportDownloads(Exports exports, CurrentAccount current) {
        this.exports = exports;
        this.current = current;
    }

    /** The response that streams the export as a download named with the set or filter and the time. */
    Response of(ExportScope scope, ClaimFilter filter, ExportFormat format) {
        String file = scope.fileStem() + "-" + STAMP.format(Instant.now()) + "." + format.extension;
        return Response.ok(exports.stream(scope, filter, format, current.id()), format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }
}
