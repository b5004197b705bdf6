package io.claimdesk.failure;

/**
 * An edit based on an older version than the stored one; nothing was changed. Carries the stored version and
 * value, so the editor can compare them with theirs and apply the change again.
 */
public final class StaleVersion extends Conflict {

    public final int currentVersion;
    /** The stored value as the edit's reader sees it (serialised as it is into the answer). */
    public final Object current;

    public StaleVersion(String detail, int currentVersion, Object current) {
        super("stale edit", detail);
        this.currentVersion = currentVersion;
        this.current = current;
    }
}
