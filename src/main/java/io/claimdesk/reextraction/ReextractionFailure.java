package io.claimdesk.reextraction;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An article a corpus re-extraction could not re-extract: it was rolled back and keeps its claims as they were. */
@Entity
public class ReextractionFailure extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    public ReextractionJob job;

    @Column(nullable = false)
    public long articleId;

    @Column(nullable = false, length = 2000)
    public String reason;
}
