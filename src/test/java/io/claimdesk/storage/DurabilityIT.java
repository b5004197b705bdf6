package io.claimdesk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged app, stopped the two ways a server stops, on the H2 address as an operator copies it from the
 * README (no WRITE_DELAY, AUTO_SERVER on): every write it answered 2xx is there after a restart, and a stop
 * never answers a request in flight with an error. Runs after packaging (failsafe), on the H2 build only.
 */
@DisabledIfEnvironmentVariable(named = "CLAIMDESK_DB_KIND", matches = "postgresql")
class DurabilityIT {

    private static String addressAsTheReadmeWritesIt(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("desk").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    @Test
    void sigtermLetsRequestsInFlightFinishAndLosesNothing(@TempDir Path folder) throws Exception {
        Ledger ledger = new Ledger();
        HttpResponse<String> longImport;
        try (PackagedDesk desk = PackagedDesk.start(addressAsTheReadmeWritesIt(folder), folder)) {
            Writers writers = Writers.start(desk, ledger, 4);
            ledger.awaitVerdicts(5);
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return desk.importText(article(600));
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException("the import in flight at SIGTERM got no answer", e);
                }
            });
            Thread.sleep(800); // the long import is being extracted now
            desk.terminate();
            writers.stop();
            longImport = inFlight.join();
        }
        assertEquals(201, longImport.statusCode(), "the import in flight at SIGTERM: " + longImport.body());
        ledger.acknowledgedImport(PackagedDesk.json(longImport).get("id").asLong());
        assertTrue(ledger.errors.isEmpty(), "answers while stopping: " + ledger.errors);
        try (PackagedDesk restarted = PackagedDesk.start(addressAsTheReadmeWritesIt(folder), folder)) {
            ledger.assertAllStored(restarted);
        }
    }

    @Test
    void sigkillLosesNoAcknowledgedWrite(@TempDir Path folder) throws Exception {
        Ledger ledger = new Ledger();
        try (PackagedDesk desk = PackagedDesk.start(addressAsTheReadmeWritesIt(folder), folder)) {
            Writers writers = Writers.start(desk, ledger, 4);
            ledger.awaitVerdicts(20);
            // A lost write shows only when the kill lands in a delay window; the setting shows every time.
            assertEquals("0", writeDelayOfTheOpenDatabase(folder), "WRITE_DELAY of the running app's database");
            Thread.sleep(1_000);
            desk.kill();
            writers.stop();
        }
        try (PackagedDesk restarted = PackagedDesk.start(addressAsTheReadmeWritesIt(folder), folder)) {
            ledger.assertAllStored(restarted);
        }
    }

    /** Read through AUTO_SERVER, as bin/backup connects to a running desk. */
    private static String writeDelayOfTheOpenDatabase(Path folder) throws SQLException {
        try (Connection connection = DriverManager.getConnection(addressAsTheReadmeWritesIt(folder), "claimdesk", "");
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static String article(int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            text.append("Note ").append(UUID.randomUUID()).append(": Iran and Venezuela signed ").append(i + 2)
                    .append(" trade agreements in Caracas on Tuesday, the foreign ministry said.\n\n");
        }
        return text.toString();
    }

    private record GivenVerdict(long claim, String rationale) {
    }

    /** What the app acknowledged, and every answer it should not have given. */
    private static final class Ledger {
        final Queue<Long> articles = new ConcurrentLinkedQueue<>();
        final Queue<GivenVerdict> verdicts = new ConcurrentLinkedQueue<>();
        final Queue<String> errors = new ConcurrentLinkedQueue<>();

        /** The first import warms the extractor up; the stop must meet writes at full pace. */
        void awaitVerdicts(int count) throws InterruptedException {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (verdicts.size() < count) {
                assertTrue(System.nanoTime() < deadline, "no verdicts acknowledged in 120 s: " + errors);
                Thread.sleep(50);
            }
        }

        void acknowledgedImport(long id) {
            articles.add(id);
        }

        /** 503 is a stopping server refusing new work, stored nowhere; any other failure is a broken promise. */
        boolean accepted(HttpResponse<String> response) {
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            if (response.statusCode() != 503) {
                errors.add(response.statusCode() + " " + response.body());
            }
            return false;
        }

        void assertAllStored(PackagedDesk desk) throws IOException, InterruptedException {
            for (long id : articles) {
                assertTrue(desk.get("/api/articles/" + id).get("claimCount").asInt() > 0, "article " + id + " without claims");
            }
            for (GivenVerdict given : verdicts) {
                boolean stored = false;
                for (JsonNode verdict : desk.get("/api/claims/" + given.claim()).get("verdicts")) {
                    stored |= given.rationale().equals(verdict.get("rationale").asText());
                }
                assertTrue(stored, "acknowledged verdict lost on claim " + given.claim());
            }
        }
    }

    /** Threads that import a short article and give a verdict on one of its claims, until told or cut off. */
    private static final class Writers {
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<Thread> threads = new ArrayList<>();

        static Writers start(PackagedDesk desk, Ledger ledger, int count) {
            Writers writers = new Writers();
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(() -> writers.write(desk, ledger));
                writers.threads.add(thread);
                thread.start();
            }
            return writers;
        }

        private void write(PackagedDesk desk, Ledger ledger) {
            try {
                while (!stopped.get()) {
                    HttpResponse<String> imported = desk.importText(article(3));
                    if (!ledger.accepted(imported)) {
                        continue;
                    }
                    long article = PackagedDesk.json(imported).get("id").asLong();
                    ledger.acknowledgedImport(article);
                    long claim = desk.get("/api/claims?article=" + article + "&size=1").get("items").get(0).get("id").asLong();
                    String rationale = "durability " + UUID.randomUUID();
                    if (ledger.accepted(desk.giveVerdict(claim, rationale))) {
                        ledger.verdicts.add(new GivenVerdict(claim, rationale));
                    }
                }
            } catch (IOException | IllegalStateException | InterruptedException gone) {
                // the app stopped or was killed: the request in flight was never acknowledged
            }
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
    }
}
