package io.claimdesk.intake;

import io.claimdesk.job.BackgroundJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A bulk import running in the background: how far it got through the zip's article files, and (as
 * {@link ImportFailure} rows) what it refused.
 */
@Entity
public class ImportJob extends BackgroundJob {

    @Column(nullable = false, length = 400)
    public String sourceName;
}
