package io.claimdesk.job;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A named line of background work: what is submitted runs one piece at a time, in the order submitted, on a thread
 * borrowed from the app's executor while there is work and given back when there is none. Matching needs that (the
 * index is built before anything is linked against it, one article's slices follow each other), and so does every job
 * that goes through its items in order. A piece of work that throws is logged here, once, and the lane goes on.
 */
public final class Lane implements Executor {

    private static final Logger LOG = Logger.getLogger(Lane.class);

    private final String name;
    private final String anonymousWork;
    private final Executor pool;
    private final Queue<Work> queue = new ArrayDeque<>();
    /** Guarded by this: a thread is asked of the pool or draining the queue. */
    private boolean draining;
    /** Guarded by this: the thread running a piece of work now, interrupted when the lane stops. */
    private Thread running;
    private boolean stopped;

    Lane(String name, Executor pool) {
        this.name = name;
        this.anonymousWork = "Work on lane " + name;
        this.pool = pool;
    }

    private record Work(String what, Runnable task) {
    }

    public String name() {
        return name;
    }

    /**
     * Queues {@code task} behind the lane's other work. {@code what} names it in the log if it fails, with what a
     * reader of the log should know (whether it is retried). Once the lane stopped, the work is dropped.
     */
    public void submit(String what, Runnable task) {
        synchronized (this) {
            if (stopped) {
                LOG.debugf("%s dropped: lane %s is stopped", what, name);
                return;
            }
            queue.add(new Work(what, task));
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // Only when the app's executor is shutting down: the work would not outlive it anyway.
            synchronized (this) {
                draining = false;
                queue.clear();
            }
            LOG.debugf("%s dropped: the app's executor takes no more work", what);
        }
    }

    /** For libraries that take an {@link Executor} (the list cache draws pages again through it). */
    @Override
    public void execute(Runnable task) {
        submit(anonymousWork, task);
    }

    /** Nothing queued and nothing running. */
    public synchronized boolean idle() {
        return !draining;
    }

    private void drain() {
        synchronized (this) {
            running = Thread.currentThread();
        }
        try {
            for (Work work; (work = next()) != null; ) {
                run(work);
            }
        } finally {
            synchronized (this) {
                if (running == Thread.currentThread()) {
                    running = null;
                }
                // An interrupt meant for this lane's work must not reach the pool's next task.
                Thread.interrupted();
                notifyAll();
            }
        }
    }

    private synchronized Work next() {
        Work work = stopped ? null : queue.poll();
        if (work == null) {
            draining = false;
        }
        return work;
    }

    private void run(Work work) {
        try {
            work.task().run();
        } catch (RuntimeException | Error e) {
            if (stopping()) {
                // Cut short by the stop's interrupt: nothing an operator needs to act on.
                LOG.debugf(e, "%s stopped with lane %s", work.what(), name);
            } else {
                LOG.errorf(e, "%s failed (background lane %s, which goes on with its next work)", work.what(), name);
            }
        }
    }

    private synchronized boolean stopping() {
        return stopped;
    }

    /**
     * Drops the queued work and interrupts the running piece. Work left undone is what a restart takes up again:
     * pending articles are linked, running jobs are marked interrupted.
     */
    public synchronized void stop() {
        stopped = true;
        queue.clear();
        if (running != null) {
            running.interrupt();
        }
    }

    /** Waits up to {@code wait} for the running piece of a stopped lane to end; true when none runs. */
    public synchronized boolean awaitStopped(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toMillis(); running != null && left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return running == null;
    }
}
