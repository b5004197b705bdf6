package io.claimdesk.job;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The one owner of the desk's background threads. Work goes onto named {@link Lane}s (imports, re-extraction,
 * matching, the list cache's redraws), each running its work one piece at a time in order, all on Quarkus' own
 * executor: the pool that serves blocking requests, with the app's class loader and sized by
 * {@code quarkus.thread-pool.*}. A lane holds one of its threads only while it has work, so an idle desk holds none.
 *
 * <p>At stop (a SIGTERM goes through {@code storage.GracefulStop}, which lets requests in flight finish first) every
 * lane drops its queued work and its running piece is interrupted; what was left is taken up at the next start.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    /** How long the stop waits for the lanes' running work to notice its interrupt. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ExecutorService pool;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    /** Quarkus' main executor, which the core makes injectable as an {@link ExecutorService}. */
    JobRunner(ExecutorService pool) {
        this.pool = pool;
    }

    /** The lane of that name, made at its first use; everyone asking for one name shares its order. */
    public Lane lane(String name) {
        return lanes.computeIfAbsent(name, n -> new Lane(n, pool));
    }

    void onStop(@Observes ShutdownEvent event) {
        stopAll();
    }

    /** Stops every lane at once, then waits for each: one slow lane does not delay the others' interrupts. */
    void stopAll() {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        lanes.values().forEach(Lane::stop);
        for (Lane lane : lanes.values()) {
            if (!lane.awaitStopped(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                LOG.warnf("Background lane %s still busy %d s after the stop; left to the shutdown", lane.name(),
                        STOP_WAIT.toSeconds());
            }
        }
    }
}
