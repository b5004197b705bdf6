package io.claimdesk.web;

import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a write that lost a race with another request, however deeply the database's refusal is wrapped (a flush
 * inside the request, or the commit after it): the loser is answered 409 and sends again, never 500. Also the other
 * race a request can lose that is no fault of the desk: its own caller hanging up.
 */
public final class WriteRaces {

    private WriteRaces() {
    }

    /** Another request changed the row between this one's read and its write (the version column moved on). */
    public static boolean lostVersion(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** The caller closed the connection before its request was read whole. */
    public static boolean clientGone(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** Another request stored the same unique value (a text's hash, an outlet's name) first. */
    public static boolean lostUniqueValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c
                    && c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
