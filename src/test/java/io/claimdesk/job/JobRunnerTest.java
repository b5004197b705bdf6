package io.claimdesk.job;

import io.claimdesk.TestUsers;
import io.claimdesk.account.Account;
import io.claimdesk.intake.ImportFailure;
import io.claimdesk.intake.ImportJob;
import io.claimdesk.reextraction.ReextractionJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Background work through the one runner: in order per lane, failures counted and logged once, restarts marked. */
@QuarkusTest
class JobRunnerTest {

    @Inject
    JobRunner runner;

    @Inject
    Jobs jobs;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler errorLog = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("io.claimdesk.job").addHandler(errorLog);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("io.claimdesk.job").removeHandler(errorLog);
    }

    private static long adminId() {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(TestUsers.ADMIN).orElseThrow().id);
    }

    /** A job whose items are names: "boom" throws, the others are done; each item seen is noted in order. */
    private static JobItems<ImportJob, String> items(List<String> seen) {
        return new JobItems<>() {
            @Override
            public Outcome<ImportJob> run(String item) {
                seen.add(item + " on " + Thread.currentThread().getName());
                if (item.equals("boom")) {
                    throw new IllegalStateException("boom went the item");
                }
                return Outcome.done();
            }

            @Override
            public String failureReason(Exception e) {
                return "failed: " + e.getMessage();
            }

            @Override
            public void recordFailure(ImportJob job, String item, String reason) {
                ImportFailure.of(job, item, reason).persist();
            }
        };
    }

    @Test
    void aFailingItemIsCountedAndLoggedOnceAndTheLaneGoesOn() throws InterruptedException {
        ImportJob made = new ImportJob();
        made.sourceName = "runner-test.zip";
        long id = jobs.start(made, 3, adminId());
        Lane lane = runner.lane("test-" + UUID.randomUUID());
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch after = new CountDownLatch(1);

        lane.submit("Test job", () -> {
            if (jobs.runItems(ImportJob.class, id, List.of("one", "boom", "three"), items(seen))) {
                jobs.finish(ImportJob.class, id);
            }
        });
        lane.submit("Failing test work", () -> {
            throw new IllegalArgumentException("the lane's own work failed");
        });
        lane.submit("Test work after the failures", () -> {
            seen.add("after");
            after.countDown();
        });
        assertTrue(after.await(20, TimeUnit.SECONDS), "the lane went on after the failures: " + seen);

        assertEquals(List.of("one", "boom", "three", "after"), seen.stream().map(s -> s.split(" on ")[0]).toList());
        assertTrue(seen.get(0).contains(" on executor-thread-"), "on Quarkus' executor: " + seen.get(0));
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(id));
        assertEquals(BackgroundJob.State.FINISHED, job.state);
        assertEquals(3, job.done);
        assertEquals(1, job.failed);
        assertNotNull(job.finishedAt);
        List<String> failures = QuarkusTransaction.requiringNew().call(() -> ImportFailure.<ImportFailure>list("job.id", id)
                .stream().map(f -> f.entryName + ": " + f.reason).toList());
        assertEquals(List.of("boom: failed: boom went the item"), failures);

        List<String> logged = errors.stream().map(r -> r.getThrown() == null ? "no exception" : r.getThrown().getMessage()).toList();
        assertEquals(1, logged.stream().filter("boom went the item"::equals).count(), "the item's failure, once: " + logged);
        assertEquals(1, logged.stream().filter("the lane's own work failed"::equals).count(), "the work's failure, once: " + logged);
    }

    @Test
    void aRestartMarksTheRunningJobsOfEveryKindInterruptedOnce() {
        long admin = adminId();
        Instant finishedEarlier = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        long runningImport = jobs.start(importJob(), 5, admin);
        long runningReextraction = jobs.start(new ReextractionJob(), 5, admin);
        long finishedImport = QuarkusTransaction.requiringNew().call(() -> {
            long jobId = jobs.start(importJob(), 1, admin);
            ImportJob job = ImportJob.findById(jobId);
            job.state = BackgroundJob.State.FINISHED;
            job.done = 1;
            job.finishedAt = finishedEarlier;
            return jobId;
        });

        assertTrue(jobs.markInterruptedAtStart() >= 2);

        ImportJob imported = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(runningImport));
        ReextractionJob reextracted = QuarkusTransaction.requiringNew().call(() -> ReextractionJob.findById(runningReextraction));
        assertEquals(BackgroundJob.State.INTERRUPTED, imported.state);
        assertEquals(BackgroundJob.State.INTERRUPTED, reextracted.state);
        assertNotNull(imported.finishedAt);
        assertNotNull(reextracted.finishedAt);
        ImportJob finished = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(finishedImport));
        assertEquals(BackgroundJob.State.FINISHED, finished.state, "a finished job stays finished");
        assertEquals(finishedEarlier, finished.finishedAt.truncatedTo(ChronoUnit.MILLIS));

        jobs.markInterruptedAtStart();
        ImportJob again = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(runningImport));
        assertEquals(BackgroundJob.State.INTERRUPTED, again.state);
        assertEquals(imported.finishedAt, again.finishedAt, "marked once: a second start leaves it as it was");
    }

    private static ImportJob importJob() {
        ImportJob job = new ImportJob();
        job.sourceName = "restart-test.zip";
        return job;
    }
}
