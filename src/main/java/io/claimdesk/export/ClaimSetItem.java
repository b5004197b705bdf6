package io.claimdesk.export;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A claim's membership of a set. Kept as its own row so a set of 100,000 claims is never loaded whole. */
@Entity
public class ClaimSetItem extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public Instant addedAt;

    static ClaimSetItem of(long setId, long claimId, Instant at) {
        ClaimSetItem item = new ClaimSetItem();
        item.id = new Key(setId, claimId);
        item.addedAt = at;
        return item;
    }

    /** The set and the claim. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "claim_set_id", nullable = false)
        public long setId;

        @Column(name = "claim_id", nullable = false)
        public long claimId;

        protected Key() {
        }

        Key(long setId, long claimId) {
            this.setId = setId;
            this.claimId = claimId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.setId == setId && key.claimId == claimId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(setId, claimId);
        }
    }
}
