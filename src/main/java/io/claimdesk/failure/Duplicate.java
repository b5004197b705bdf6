package io.claimdesk.failure;

/**
 * The thing sent is stored already: a conflict that says where the stored one is, so the caller can go there
 * instead of sending it again.
 */
public final class Duplicate extends Conflict {

    /** The stored thing's id, for callers that carry on with it. */
    public final long existingId;
    /** Where the stored thing is read, the {@code Location} of the answer. */
    public final String location;

    public Duplicate(String reason, String detail, long existingId, String location) {
        super(reason, detail);
        this.existingId = existingId;
        this.location = location;
    }
}
