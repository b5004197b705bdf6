package io.claimdesk.export;

import io.claimdesk.account.Account;
import io.claimdesk.claim.ClaimStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** A named selection of claims that editors publish. Its members are {@link ClaimSetItem} rows. */
@Entity
public class ClaimSet extends PanacheEntity {

    @Column(nullable = false)
    public String name;

    @Column(length = 4000)
    public String description;

    /** The list filter (query string) the set was made from, if it was; kept so readers know how it was chosen. */
    @Column(length = 2000)
    public String sourceFilter;

    /** A verified set publishes only its corroborated claims ({@link #leftOutOfExport(boolean, ClaimStatus)}). */
    @Column(nullable = false)
    public boolean verifiedOnly;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    public Account createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    /**
     * Whether a member with this status stays out of the set's exports: in a verified set every claim that is not
     * corroborated does. The set's page marks those members; the export's filter ({@code ClaimFilter.inSet}) and the
     * count in {@link SetSummary} state the same rule in a query.
     */
    public static boolean leftOutOfExport(boolean verifiedOnly, ClaimStatus status) {
        return verifiedOnly && status != ClaimStatus.CORROBORATED;
    }
}
