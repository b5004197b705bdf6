package io.claimdesk.history;

import io.claimdesk.account.Account;
import io.claimdesk.article.Article;
import io.claimdesk.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** One recorded change: who, when, what, and the value before and after (JSON). Never updated or deleted. */
@Entity
public class HistoryEntry extends PanacheEntity {

    @Column(nullable = false)
    public Instant at;

    /** Null for the system itself (e.g. the bootstrap account). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Account actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HistoryAction action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    /** The account the change was made to, for account changes. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(length = 20_000)
    public String beforeValue;

    @Column(length = 20_000)
    public String afterValue;
}
