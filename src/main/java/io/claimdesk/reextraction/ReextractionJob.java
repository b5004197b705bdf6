package io.claimdesk.reextraction;

import io.claimdesk.job.BackgroundJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.util.Optional;

/**
 * A run of the extractor over every article stored when it started, in the background: how far it got, what it did
 * to the claims (summed over the articles done, as {@link ReextractionSummary} counts one), and as
 * {@link ReextractionFailure} rows the articles that failed and were rolled back.
 */
@Entity
public class ReextractionJob extends BackgroundJob {

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

    /** One more article re-extracted: its counts join the sums ({@code done} is counted with every kind's items). */
    void add(ReextractionSummary article) {
        kept += article.kept();
        reanchored += article.reanchored();
        fuzzy += article.fuzzy();
        orphaned += article.orphaned();
        removed += article.removed();
        added += article.added();
    }

    public static Optional<ReextractionJob> findRunning() {
        return find("state = ?1 order by id", State.RUNNING).firstResultOptional();
    }
}
