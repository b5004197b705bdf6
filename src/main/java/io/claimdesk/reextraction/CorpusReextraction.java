package io.claimdesk.reextraction;

import io.claimdesk.account.Account;
import io.claimdesk.matching.CorpusMatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the extractor again over every stored article (after the extractor changed) in the background, each article in
 * its own transaction: one that fails is rolled back and recorded with its reason, and the others go on. The articles
 * stored when the run starts are its work; progress is in the database, so any page can show it, and a run cut short
 * by a restart says so. The articles are linked to the corpus once all are done, so the matcher does not score
 * against claims the run is still replacing.
 */
@ApplicationScoped
public class CorpusReextraction {

    private static final Logger LOG = Logger.getLogger(CorpusReextraction.class);
    private static final int BATCH = 100;

    private final Reextraction reextraction;
    private final CorpusMatcher matcher;
    private final EntityManager em;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corpus-reextraction");
        t.setDaemon(true);
        return t;
    });

    CorpusReextraction(Reextraction reextraction, CorpusMatcher matcher, EntityManager em) {
        this.reextraction = reextraction;
        this.matcher = matcher;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        markInterrupted();
    }

    /** Runs that were going when the process stopped will not finish: say so rather than show them running. */
    void markInterrupted() {
        QuarkusTransaction.requiringNew().run(() -> ReextractionJob.update("state = ?1, finishedAt = ?2 where state = ?3",
                ReextractionJob.State.INTERRUPTED, Instant.now(), ReextractionJob.State.RUNNING));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
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
                    ReextractionJob job = new ReextractionJob();
                    job.state = ReextractionJob.State.RUNNING;
                    job.total = Math.toIntExact(articlesUpTo(last));
                    job.createdBy = Account.findById(actorId);
                    job.createdAt = Instant.now();
                    job.persist();
                    return new Launch(job.id, true, last);
                }));
        if (launch.fresh()) {
            worker.submit(() -> run(launch.jobId(), actorId, launch.upToId()));
        }
        return launch.jobId();
    }

    private void run(long jobId, long actorId, long upToId) {
        try {
            long after = 0;
            for (List<Long> ids; !(ids = batchAfter(after, upToId)).isEmpty(); after = ids.get(ids.size() - 1)) {
                for (long id : ids) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    reextractOne(jobId, id, actorId);
                }
            }
            matcher.linkPending();
            QuarkusTransaction.requiringNew().run(() -> {
                ReextractionJob job = ReextractionJob.findById(jobId);
                job.state = ReextractionJob.State.FINISHED;
                job.finishedAt = Instant.now();
                LOG.infof("Re-extracted %d articles (%d failed): %d claims kept, %d reanchored, %d fuzzy, %d orphaned,"
                                + " %d removed, %d added", job.done, job.failed, job.kept, job.reanchored, job.fuzzy,
                        job.orphaned, job.removed, job.added);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Re-extraction %d stopped", jobId);
            QuarkusTransaction.requiringNew().run(() -> ReextractionJob.update("state = ?1, finishedAt = ?2 where id = ?3",
                    ReextractionJob.State.INTERRUPTED, Instant.now(), jobId));
        }
    }

    private void reextractOne(long jobId, long articleId, long actorId) {
        ReextractionSummary summary = null;
        String refusal = null;
        try {
            summary = reextraction.reextractLinkingLater(articleId, actorId).orElse(null);
            if (summary == null) {
                refusal = "deleted before the run reached it";
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Re-extracting article %d failed; it keeps its claims as they were", articleId);
            refusal = "failed (" + e.getClass().getSimpleName() + ") and was rolled back: it keeps its claims as they were;"
                    + " the error is in the server log";
        }
        ReextractionSummary done = summary;
        String reason = refusal;
        QuarkusTransaction.requiringNew().run(() -> {
            ReextractionJob job = ReextractionJob.findById(jobId);
            if (done != null) {
                job.add(done);
                return;
            }
            job.done++;
            job.failed++;
            ReextractionFailure failure = new ReextractionFailure();
            failure.job = job;
            failure.articleId = articleId;
            failure.reason = reason;
            failure.persist();
        });
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
