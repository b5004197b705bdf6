package io.claimdesk.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimdesk.claim.ClaimStatus;

import java.time.Instant;

/** A claim set as lists and the API show it: how many claims, and how many a verified export would publish. */
public record SetSummary(long id, String name, String description, boolean verifiedOnly, String sourceFilter,
                         String createdBy, Instant createdAt, long size, long corroborated) {

    static final String SELECT = """
            select new io.claimdesk.export.SetSummary(s.id, s.name, s.description, s.verifiedOnly, s.sourceFilter,
                   a.username, s.createdAt,
                   (select count(i) from ClaimSetItem i where i.id.setId = s.id),
                   (select count(i) from ClaimSetItem i, Claim c where i.id.setId = s.id and c.id = i.id.claimId
                        and c.status = io.claimdesk.claim.ClaimStatus.CORROBORATED))
            from ClaimSet s join s.createdBy a
            """;

    /** Whether a member with this status is left out of the set's exports ({@link ClaimSet#leftOutOfExport}). */
    public boolean leftOutOfExport(ClaimStatus status) {
        return ClaimSet.leftOutOfExport(verifiedOnly, status);
    }

    /** Claims a verified export leaves out because they are not corroborated. */
    @JsonProperty("leftOut")
    public long leftOut() {
        return verifiedOnly ? size - corroborated : 0;
    }
}
