package io.claimdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of one row of the word index ({@code claim_word}), so queries can narrow by words without a
 * correlated subquery per claim. {@link Claim#words} writes the rows.
 */
@Entity
@Immutable
@Table(name = "claim_word")
public class ClaimWord {

    @EmbeddedId
    public Key id;

    @Embeddable
    public record Key(@Column(name = "claim_id") Long claimId, @Column(name = "word") String word) {
    }
}
