package io.claimdesk.history;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * One recorded change: who, when, what, and the value before and after (JSON). Never updated or deleted. The actor,
 * claim, article and account are kept by id (the columns are foreign keys in the schema): history sits below the
 * features that record into it and knows none of their types.
 */
@Entity
public class HistoryEntry extends PanacheEntity {

    @Column(nullable = false)
    public Instant at;

    /** Null for the system itself (e.g. the bootstrap account). */
    @Column(name = "actor_id")
    public Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HistoryAction action;

    @Column(name = "claim_id")
    public Long claimId;

    @Column(name = "article_id")
    public Long articleId;

    /** The account the change was made to, for account changes. */
    @Column(name = "account_id")
    public Long accountId;

    @Column(length = 20_000)
    public String beforeValue;

    @Column(length = 20_000)
    public String afterValue;
}
