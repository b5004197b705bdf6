package io.claimdesk.job;

import java.util.function.Consumer;

/**
 * What a job of kind {@code J} does with each of its items of type {@code I}; {@link Jobs#runItems} goes through
 * them and writes the job's progress, so that each job kind says only what an item is and how it fails.
 */
public interface JobItems<J extends BackgroundJob, I> {

    /**
     * Does one item, in transactions of its own: one that fails leaves the others as they were. An expected refusal
     * is returned as {@link Outcome#refused}; anything thrown counts the item as failed and is logged once, by the runner.
     */
    Outcome<J> run(I item) throws Exception;

    /** The reason recorded for an item whose work threw, in words for the job's page (the exception is in the log). */
    String failureReason(Exception e);

    /** Stores why the item was not done as the kind's failure row, in the transaction that counts it. */
    void recordFailure(J job, I item, String reason);

    /**
     * How one item went: done, with what it adds to the job's own counts; or refused, with the reason.
     *
     * @param refusal null when the item was done
     */
    record Outcome<J>(Consumer<? super J> counts, String refusal) {

        public static <J> Outcome<J> done() {
            return done(job -> {
            });
        }

        public static <J> Outcome<J> done(Consumer<? super J> counts) {
            return new Outcome<>(counts, null);
        }

        public static <J> Outcome<J> refused(String reason) {
            return new Outcome<>(job -> {
            }, reason);
        }
    }
}
