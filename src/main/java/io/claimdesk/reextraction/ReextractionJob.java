package io.claimdesk.reextraction;

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

/**
 * A run of the extractor over every article, in the background: how far it got, what it did to the claims (summed
 * over the articles done, as {@link ReextractionSummary} counts one), and as {@link ReextractionFailure} rows the
 * articles that failed and were rolled back.
 */
@Entity
public class ReextractionJob extends PanacheEntity {

    public enum State { RUNNING, FINISHED, INTERRUPTED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** Articles stored when the run started: the ones it goes through. */
    @Column(nullable = false)
    public int total;

    /** Articles handled so far, re-extracted or failed. */
    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int failed;

    @Column(nullable = false)
    public int kept;

    @Column(nullable = false)
    public int reanchored;

    @Column(nullable = false)
    public int fuzzy;

    @Column(nullable = false)
    public int orphaned;

    @Column(nullable = false)
    public int removed;

    @Column(nullable = false)
    public int added;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    public Account createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant finishedAt;

    /** One more article re-extracted: its counts join the sums. */
    void add(ReextractionSummary article) {
        done++;
        kept += article.kept();
        reanchored += article.reanchored();
        fuzzy += article.fuzzy();
        orphaned += article.orphaned();
        removed += article.removed();
        added += article.added();
    }

    public static java.util.Optional<ReextractionJob> findRunning() {
        return find("state = ?1 order by id", State.RUNNING).firstResultOptional();
    }
}
