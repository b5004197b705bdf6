package io.claimdesk.job;

import io.claimdesk.account.Account;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every long piece of work run in the background records, so that a page can show how far it got: its state,
 * how many items it has and has done, how many failed, who started it and when it ended. Each kind of job is an
 * entity of its own table with these columns.
 */
@MappedSuperclass
public abstract class BackgroundJob extends PanacheEntity {

    /** A job cut short by a restart is INTERRUPTED: it will not finish. */
    public enum State { RUNNING, FINISHED, INTERRUPTED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** Items the job goes through. */
    @Column(nullable = false)
    public int total;

    /** Items handled so far, done or failed. */
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
