package io.claimdesk.export;

import io.claimdesk.account.Account;
import io.claimdesk.claim.Claim;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Making claim sets from a filter or by hand, and changing their members; every change goes to the history. */
@ApplicationScoped
public class ClaimSets {

    private static final int COPY_BATCH = 1000;

    private final ClaimQuery claims;
    private final History history;

    ClaimSets(ClaimQuery claims, History history) {
        this.claims = claims;
        this.history = history;
    }

    /**
     * What a new set is made of: a name, and the claims matching a filter and/or picked by id. The page and the API
     * check it ({@code Violations.check}) before it gets here.
     */
    public record NewSet(@NotBlank(message = NAME_RULE) @Size(max = 200, message = NAME_RULE) String name,
                         String description, boolean verifiedOnly, ClaimFilter filter, String filterQuery,
                         Collection<Long> claimIds) {

        static final String NAME_RULE = "A set needs a name of 1 to 200 characters.";

        /** Named as a getter so that Bean Validation reports it as the {@code claimIds} field's message. */
        @AssertTrue(message = "Give a filter or some claim ids to make the set from.")
        public boolean isClaimIds() {
            return filter != null || claimIds != null && !claimIds.isEmpty();
        }
    }

    @Transactional
    public ClaimSet create(NewSet spec, Account editor) {
        ClaimSet set = new ClaimSet();
        set.name = spec.name().strip();
        set.description = spec.description() == null || spec.description().isBlank() ? null : spec.description().strip();
        set.verifiedOnly = spec.verifiedOnly();
        set.sourceFilter = spec.filterQuery();
        set.createdBy = editor;
        set.createdAt = Instant.now();
        set.persist();
        long added = 0;
        if (spec.filter() != null) {
            added += copyMatching(set, spec.filter());
        }
        if (spec.claimIds() != null) {
            for (Long claimId : new LinkedHashSet<>(spec.claimIds())) {
                added += addIfAbsent(set, claim(claimId).id) ? 1 : 0;
            }
        }
        history.record(Account.idOf(editor), HistoryAction.SET_CREATED, History.Subject.none(), null,
                Map.of("set", set.id, "name", set.name, "claims", added));
        return set;
    }

    @Transactional
    public boolean add(long setId, long claimId, Account editor) {
        ClaimSet set = set(setId);
        boolean added = addIfAbsent(set, claim(claimId).id);
        if (added) {
            history.record(Account.idOf(editor), HistoryAction.SET_CLAIM_ADDED, claim(claimId).historySubject(), null,
                    Map.of("set", set.id, "claim", claimId));
        }
        return added;
    }

    @Transactional
    public void remove(long setId, long claimId, Account editor) {
        ClaimSet set = set(setId);
        long removed = ClaimSetItem.delete("id.setId = ?1 and id.claimId = ?2", set.id, claimId);
        if (removed == 0) {
            throw new NotFound("Claim " + claimId + " is not in set " + setId);
        }
        history.record(Account.idOf(editor), HistoryAction.SET_CLAIM_REMOVED, claim(claimId).historySubject(),
                Map.of("set", set.id, "claim", claimId), null);
    }

    static ClaimSet set(long setId) {
        return ClaimSet.<ClaimSet>findByIdOptional(setId).orElseThrow(() -> new NotFound("There is no claim set " + setId));
    }

    private long copyMatching(ClaimSet set, ClaimFilter filter) {
        long added = 0;
        Instant now = Instant.now();
        long after = 0;
        List<Long> ids;
        do {
            ids = claims.idsAfter(filter, after, COPY_BATCH);
            for (Long id : ids) {
                ClaimSetItem.of(set.id, id, now).persist();
            }
            added += ids.size();
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            // Keep the persistence context small however large the set.
            ClaimSetItem.getEntityManager().flush();
            ClaimSetItem.getEntityManager().clear();
        } while (ids.size() == COPY_BATCH);
        return added;
    }

    private static boolean addIfAbsent(ClaimSet set, long claimId) {
        if (ClaimSetItem.count("id.setId = ?1 and id.claimId = ?2", set.id, claimId) > 0) {
            return false;
        }
        ClaimSetItem.of(set.id, claimId, Instant.now()).persist();
        return true;
    }

    private static Claim claim(long claimId) {
        return Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> new NotFound("There is no claim " + claimId));
    }
}
