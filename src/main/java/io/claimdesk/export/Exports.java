package io.claimdesk.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams an export while the claims are read, and records it in the history with its row count and the
 * SHA-256 of the exact bytes sent. The body holds no export time, so the same selection gives the same bytes.
 */
@ApplicationScoped
public class Exports {

    private final ExportSource source;
    private final ClaimQuery claims;
    private final History history;
    private final ObjectMapper json;
    private final ClaimdeskConfig config;

    Exports(ExportSource source, ClaimQuery claims, History history, ObjectMapper json, ClaimdeskConfig config) {
        this.source = source;
        this.claims = claims;
        this.history = history;
        // Sorted map keys: the same claim serialises to the same bytes in every run of the app.
        this.json = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.config = config;
    }

    public StreamingOutput stream(ExportScope scope, ClaimFilter filter, ExportFormat format, long actorId) {
        return output -> {
            MessageDigest sha256 = sha256();
            DigestOutputStream digesting = new DigestOutputStream(output, sha256);
            ExportWriter writer = writer(format, digesting, filter);
            writer.begin(scope);
            AtomicLong rows = new AtomicLong();
            source.forEach(filter, claim -> {
                try {
                    if (writer.write(claim)) {
                        rows.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.end();
            digesting.flush();
            record(actorId, scope, format, rows.get(), HexFormat.of().formatHex(sha256.digest()));
        };
    }

    private ExportWriter writer(ExportFormat format, OutputStream out, ClaimFilter filter) throws IOException {
        return switch (format) {
            case CSV -> new CsvExportWriter(text(out), config.publicUrl());
            case JSON -> new JsonExportWriter(json, out, config.publicUrl());
            case JSONLD -> new JsonLdExportWriter(json, out, config.deskName(), config.publicUrl());
            case HTML -> new HtmlReportWriter(text(out),
                    QuarkusTransaction.requiringNew().call(() -> claims.summary(filter)), config.deskName(), config.publicUrl());
        };
    }

    private void record(long actorId, ExportScope scope, ExportFormat format, long rows, String sha) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("scope", scope);
        what.put("format", format.id());
        what.put("rows", rows);
        what.put("sha256", sha);
        QuarkusTransaction.requiringNew().run(() ->
                history.record(actorId, HistoryAction.EXPORTED, History.Subject.none(), null, what));
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
