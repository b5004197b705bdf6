package io.claimdesk.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One rejection that lowered one similar suggestion; kept so that reversing the rejection raises it again. */
@Entity
@Table(name = "relation_lowering")
@IdClass(RelationLowering.Key.class)
public class RelationLowering {

    @Id
    @Column(name = "rejected_id")
    public long rejectedId;

    @Id
    @Column(name = "lowered_id")
    public long loweredId;

    /** The pair is the identity. */
    public static class Key implements Serializable {
        public long rejectedId;
        public long loweredId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.rejectedId == rejectedId && k.loweredId == loweredId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(rejectedId) * 31 + Long.hashCode(loweredId);
        }
    }
}
