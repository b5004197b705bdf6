package io.claimdesk.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One file of a bulk import that was not imported, and why (in words the editor can act on). */
@Entity
public class ImportFailure extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id")
    public ImportJob job;

    @Column(nullable = false, length = 1000)
    public String entryName;

    @Column(nullable = false, length = 2000)
    public String reason;
}
