package io.claimdesk.job;

/** How far a background job got, as its page and its JSON show it. */
public interface JobProgress {

    BackgroundJob.State state();

    int total();

    int done();

    default boolean running() {
        return state() == BackgroundJob.State.RUNNING;
    }

    default boolean interrupted() {
        return state() == BackgroundJob.State.INTERRUPTED;
    }

    default int percent() {
        return total() == 0 ? 100 : done() * 100 / total();
    }
}
