package io.claimdesk.review;

import io.claimdesk.account.Account;
import io.claimdesk.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** A message in a claim's discussion, possibly a reply to another. Deleting hides the body; history keeps it. */
@Entity
public class ClaimComment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public ClaimComment parent;

    @Column(nullable = false, length = 10_000)
    public String body;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant editedAt;

    @Column(nullable = false)
    public boolean deleted;
}
