package io.claimdesk.job;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every long piece of work run in the background records, so that a page can show how far it got: its state,
 * how many items it has and has done, how many failed, who started it and when it ended. Each kind of job is an
 * entity of its own table with these columns; {@link Jobs} writes them, the same way for every kind.
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

    /** The account that started it, by id: the jobs sit below the accounts; a page reads the name by the id. */
    @Column(name = "created_by_id", nullable = false)
    public long createdById;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant finishedAt;
}
