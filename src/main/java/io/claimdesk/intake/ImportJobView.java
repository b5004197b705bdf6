package io.claimdesk.intake;

import io.claimdesk.account.Account;
import io.claimdesk.failure.NotFound;
import io.claimdesk.job.JobProgress;

import java.time.Instant;
import java.util.List;

/** A bulk import as its page and the API show it: progress and every refused file with its reason. */
public record ImportJobView(long id, String sourceName, ImportJob.State state, int total, int done, int failed,
                            String createdBy, Instant createdAt, Instant finishedAt, List<Failure> failures)
        implements JobProgress {

    /** Failures listed; more are counted in {@code failed}. */
    static final int MAX_FAILURES_SHOWN = 500;

    public record Failure(String name, String reason) {
    }

    public int imported() {
        return done - failed;
    }

    /** The job of that id, or a 404: what the page and the API both show. */
    static ImportJobView find(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw new NotFound("There is no import " + id);
        }
        return of(job);
    }

    static ImportJobView of(ImportJob job) {
        List<Failure> failures = ImportFailure.<ImportFailure>find("job.id = ?1 order by id", job.id)
                .page(0, MAX_FAILURES_SHOWN).list().stream().map(f -> new Failure(f.entryName, f.reason)).toList();
        return new ImportJobView(job.id, job.sourceName, job.state, job.total, job.done, job.failed,
                Account.<Account>findById(job.createdById).username, job.createdAt, job.finishedAt, failures);
    }
}
