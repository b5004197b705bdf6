package io.claimdesk.account;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Where the throttle keeps what it knows of failed sign-ins. Each source is a few plain values, so that a table
 * can hold them as well as memory does (to share the limits between nodes, see README, Scaling).
 */
interface SignInFailures {

    /** Who tried: the client's address and the username it tried, as typed. */
    record Source(String address, String username) {
    }

    /**
     * The failures of one source: how many since {@code windowStart}, how many locks in a row so far, and the lock
     * in force, if any.
     */
    record Record(int failures, Instant windowStart, int lockouts, Instant lockedUntil, Instant lastFailure) {
    }

    /** The record of a source, or null. */
    Record get(Source source);

    /** Replaces the record of a source with what {@code change} makes of it (null: none yet), atomically. */
    Record update(Source source, UnaryOperator<Record> change);

    void forget(Source source);
}
