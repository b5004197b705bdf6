package io.claimdesk.reextraction;

import io.claimdesk.account.Account;
import io.claimdesk.failure.NotFound;
import io.claimdesk.job.JobProgress;
import io.claimdesk.web.Urls;

import java.time.Instant;
import java.util.List;

/**
 * A corpus re-extraction as its page and the API show it: progress, what it did to the claims so far, and every
 * article that failed with the reason.
 */
public record ReextractionJobView(long id, ReextractionJob.State state, int total, int done, int failed, int kept,
                                  int reanchored, int fuzzy, int orphaned, int removed, int added, String createdBy,
                                  Instant createdAt, Instant finishedAt, List<Failure> failures)
        implements JobProgress {

    /** Failures listed; more are counted in {@code failed}. */
    static final int MAX_FAILURES_SHOWN = 500;

    public record Failure(long articleId, String reason) {

        public String articleUrl() {
            return Urls.article(articleId);
        }
    }

    public int reextracted() {
        return done - failed;
    }

    public String pageUrl() {
        return Urls.reextractionJob(id);
    }

    /** The part of the page that refreshes itself while the run goes on. */
    public String progressUrl() {
        return Urls.reextractionProgress(id);
    }

    static ReextractionJobView of(ReextractionJob job) {
        List<Failure> failures = ReextractionFailure.<ReextractionFailure>find("job.id = ?1 order by id", job.id)
                .page(0, MAX_FAILURES_SHOWN).list().stream().map(f -> new Failure(f.articleId, f.reason)).toList();
        return new ReextractionJobView(job.id, job.state, job.total, job.done, job.failed, job.kept, job.reanchored,
                job.fuzzy, job.orphaned, job.removed, job.added, Account.<Account>findById(job.createdById).username,
                job.createdAt, job.finishedAt, failures);
    }

    /** The job of that id, or a 404. */
    static ReextractionJobView find(long id) {
        ReextractionJob job = ReextractionJob.findById(id);
        if (job == null) {
            throw new NotFound("There is no re-extraction " + id);
        }
        return of(job);
    }
}
