package io.claimdesk.reextraction;

import io.claimdesk.job.JobItems;
import io.claimdesk.job.JobRunner;
import io.claimdesk.job.Jobs;
import io.claimdesk.job.Lane;
import io.claimdesk.matching.CorpusMatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the extractor again over every stored article (after the extractor changed) in the background, each article in
 * its own transaction: one that fails is rolled back and recorded with its reason, and the others go on. The articles
 * stored when the run starts are its work; {@link Jobs} writes the progress, so any page can show it, and marks a run
 * cut short by a restart. The articles are linked to the corpus once all are done, so the matcher does not score
 * against claims the run is still replacing.
 */
@ApplicationScoped
public class CorpusReextraction {

    private static final Logger LOG = Logger.getLogger(CorpusReextraction.class);
    private static final int BATCH = 100;

    private final Reextraction reextraction;
    private final CorpusMatcher matcher;
    private final EntityManager em;
    private final Jobs jobs;
    private final Lane lane;

    CorpusReextraction(Reextraction reextraction, CorpusMatcher matcher, EntityManager em, Jobs jobs, JobRunner runner) {
        this.reextraction = reextraction;
        this.matcher = matcher;
        this.em = em;
        this.jobs = jobs;
        this.lane = runner.lane("corpus-reextraction");
    }

    /** A run's job, whether this call made it, and the last article it goes through. */
    private record Launch(long jobId, boolean fresh, long upToId) {
    }

    /**
     * Starts a run over every stored article and returns its job's id at once; while a run is going, returns that
     * one instead of starting a second over the same articles.
     */
    public synchronized long start(long actorId) {
        Launch launch = QuarkusTransaction.requiringNew().call(() -> ReextractionJob.findRunning()
                .map(running -> new Launch(running.id, false, 0))
                .orElseGet(() -> {
                    long last = lastArticleId();
                    long id = jobs.start(new ReextractionJob(), Math.toIntExact(articlesUpTo(last)), actorId);
                    return new Launch(id, true, last);
                }));
        if (launch.fresh()) {
            lane.submit("Re-extraction " + launch.jobId(), () -> run(launch.jobId(), actorId, launch.upToId()));
        }
        return launch.jobId();
    }

    private void run(long jobId, long actorId, long upToId) {
        if (jobs.runItems(ReextractionJob.class, jobId, () -> articleIds(upToId).iterator(), new Articles(actorId))) {
            matcher.linkPending();
            ReextractionJob job = jobs.finish(ReextractionJob.class, jobId);
            LOG.infof("Re-extracted %d articles (%d failed): %d claims kept, %d reanchored, %d fuzzy, %d orphaned,"
                            + " %d removed, %d added", job.done, job.failed, job.kept, job.reanchored, job.fuzzy,
                    job.orphaned, job.removed, job.added);
        }
    }

    /** The run's articles as a job's items: each re-extracted with its counts, or left as it was with the reason. */
    private final class Articles implements JobItems<ReextractionJob, Long> {

        private final long actorId;

        Articles(long actorId) {
            this.actorId = actorId;
        }

        @Override
        public Outcome<ReextractionJob> run(Long articleId) {
            return reextraction.reextractLinkingLater(articleId, actorId)
                    .<Outcome<ReextractionJob>>map(summary -> Outcome.done(job -> job.add(summary)))
                    .orElseGet(() -> Outcome.refused("deleted before the run reached it"));
        }

        @Override
        public String failureReason(Exception e) {
            return "failed (" + e.getClass().getSimpleName() + ") and was rolled back: it keeps its claims as they were;"
                    + " the error is in the server log";
        }

        @Override
        public void recordFailure(ReextractionJob job, Long articleId, String reason) {
            ReextractionFailure failure = new ReextractionFailure();
            failure.job = job;
            failure.articleId = articleId;
            failure.reason = reason;
            failure.persist();
        }
    }

    /** The ids of the articles up to {@code upToId}, read a batch at a time as the run reaches them. */
    private Stream<Long> articleIds(long upToId) {
        return Stream.iterate(batchAfter(0, upToId), ids -> !ids.isEmpty(), ids -> batchAfter(ids.get(ids.size() - 1), upToId))
                .flatMap(List::stream);
    }

    private List<Long> batchAfter(long afterId, long upToId) {
        return QuarkusTransaction.requiringNew().call(() -> reextraction.articleIdsAfter(afterId, BATCH)).stream()
                .filter(id -> id <= upToId).toList();
    }

    private long lastArticleId() {
        Long last = em.createQuery("select max(a.id) from Article a", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    private long articlesUpTo(long lastId) {
        return em.createQuery("select count(a) from Article a where a.id <= :last", Long.class)
                .setParameter("last", lastId).getSingleResult();
    }
}
