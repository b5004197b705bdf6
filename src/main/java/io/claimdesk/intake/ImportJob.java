package io.claimdesk.intake;

import io.claimdesk.account.Account;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** A bulk import running in the background: how far it got, and (as {@link ImportFailure} rows) what it refused. */
@Entity
public class ImportJob extends PanacheEntity {

    public enum State { RUNNING, FINISHED, INTERRUPTED }

    @Column(nullable = false, length = 400)
    public String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** Files in the zip that are articles to import. */
    @Column(nullable = false)
    public int total;

    /** Files handled so far, imported or refused. */
    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int failed;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    public Account createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant finishedAt;
}
