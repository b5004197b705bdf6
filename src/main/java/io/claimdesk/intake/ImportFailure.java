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

    /** The row for a file of {@code job}, name and reason cut to their columns. */
    public static ImportFailure of(ImportJob job, String entryName, String reason) {
        ImportFailure failure = new ImportFailure();
        failure.job = job;
        failure.entryName = entryName.length() > 1000 ? entryName.substring(0, 1000) : entryName;
        failure.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        return failure;
    }
}
