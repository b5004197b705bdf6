package io.claimdesk.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * How every {@link BackgroundJob} records itself, written once for all kinds: started as RUNNING with its total,
 * each item counted done or failed in a transaction of its own (so any node's page shows the progress), FINISHED at
 * the end, INTERRUPTED when it stops early — and, at each start, every job still RUNNING from before marked
 * INTERRUPTED, since nothing will finish it.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);

    private final EntityManager em;

    Jobs(EntityManager em) {
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        int marked = markInterruptedAtStart();
        if (marked > 0) {
            LOG.infof("%d background job(s) cut short by the last stop marked interrupted", marked);
        }
    }

    /**
     * Jobs that were running when the process stopped will not finish: they say so rather than show them running.
     * Covers every job table, found as the entities that are {@link BackgroundJob}s; returns how many were marked.
     */
    public int markInterruptedAtStart() {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            int marked = 0;
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                if (BackgroundJob.class.isAssignableFrom(entity.getJavaType())) {
                    marked += interruptRunning(entity.getJavaType().asSubclass(BackgroundJob.class), now);
                }
            }
            return marked;
        });
    }

    private <J extends BackgroundJob> int interruptRunning(Class<J> kind, Instant now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<J> update = cb.createCriteriaUpdate(kind);
        Root<J> job = update.from(kind);
        update.set(job.<BackgroundJob.State>get("state"), BackgroundJob.State.INTERRUPTED)
                .set(job.<Instant>get("finishedAt"), now)
                .where(cb.equal(job.get("state"), BackgroundJob.State.RUNNING));
        return em.createQuery(update).executeUpdate();
    }

    /**
     * Stores a new job as running over {@code total} items, in the caller's transaction or else one of its own, and
     * returns its id. Its work is queued after this commits, so the work always finds its job.
     */
    public long start(BackgroundJob job, int total, long createdById) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            job.state = BackgroundJob.State.RUNNING;
            job.total = total;
            job.createdById = createdById;
            job.createdAt = Instant.now();
            em.persist(job);
            return job.id;
        });
    }

    /** One more item done; {@code counts} adds what it did to the kind's own columns. */
    public <J extends BackgroundJob> void itemDone(Class<J> kind, long jobId, Consumer<? super J> counts) {
        QuarkusTransaction.requiringNew().run(() -> {
            J job = em.find(kind, jobId);
            job.done++;
            counts.accept(job);
        });
    }

    /** One more item gone through and failed; {@code failure} stores the kind's row saying why. */
    public <J extends BackgroundJob> void itemFailed(Class<J> kind, long jobId, Consumer<? super J> failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            J job = em.find(kind, jobId);
            job.done++;
            job.failed++;
            failure.accept(job);
        });
    }

    /** The job went through all its items; returns it as finished, for the caller's summary. */
    public <J extends BackgroundJob> J finish(Class<J> kind, long jobId) {
        return end(kind, jobId, BackgroundJob.State.FINISHED);
    }

    /** The job stopped early and will not finish. */
    public void interrupt(Class<? extends BackgroundJob> kind, long jobId) {
        end(kind, jobId, BackgroundJob.State.INTERRUPTED);
    }

    private <J extends BackgroundJob> J end(Class<J> kind, long jobId, BackgroundJob.State state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            J job = em.find(kind, jobId);
            job.state = state;
            job.finishedAt = Instant.now();
            return job;
        });
    }

    /**
     * Goes through the job's items in order on the calling thread (a lane's), each through {@code work}, writing the
     * progress after each. An item that fails is counted and the others go on; a failure outside any item (reading
     * the next ones) ends the job as INTERRUPTED. The caller finishes the job: it may have work to do before.
     *
     * @return true when every item was gone through; false when the job stopped early, or the runner is stopping
     *         (the job is then left running, for the next start to mark)
     */
    public <J extends BackgroundJob, I> boolean runItems(Class<J> kind, long jobId, Iterable<I> items, JobItems<J, I> work) {
        try {
            for (I item : items) {
                if (!runItem(kind, jobId, item, work)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            LOG.errorf(e, "%s %d stopped after a failure outside its items; marked interrupted", kind.getSimpleName(), jobId);
            interrupt(kind, jobId);
            return false;
        }
    }

    /** One item done or failed, and counted; false when the runner is stopping and the job should stop too. */
    private <J extends BackgroundJob, I> boolean runItem(Class<J> kind, long jobId, I item, JobItems<J, I> work) {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        JobItems.Outcome<J> outcome;
        try {
            outcome = work.run(item);
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            LOG.errorf(e, "%s %d: item %s failed; it is counted as failed and the job goes on", kind.getSimpleName(), jobId, item);
            outcome = JobItems.Outcome.refused(work.failureReason(e));
        }
        String refusal = outcome.refusal();
        if (refusal == null) {
            itemDone(kind, jobId, outcome.counts());
        } else {
            itemFailed(kind, jobId, job -> work.recordFailure(job, item, refusal));
        }
        return true;
    }
}
