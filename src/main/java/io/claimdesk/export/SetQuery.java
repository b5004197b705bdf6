package io.claimdesk.export;

import io.claimdesk.claim.ClaimField;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimSort;
import io.claimdesk.failure.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads claim sets for the sets pages and the API alike: the list, one set's summary, and the filter of its members. */
@ApplicationScoped
public class SetQuery {

    private final EntityManager em;

    SetQuery(EntityManager em) {
        this.em = em;
    }

    /** Every set, newest first. */
    public List<SetSummary> all() {
        return em.createQuery(SetSummary.SELECT + " order by s.createdAt desc, s.id desc", SetSummary.class).getResultList();
    }

    public SetSummary summary(long id) {
        return em.createQuery(SetSummary.SELECT + " where s.id = :id", SetSummary.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("There is no claim set " + id));
    }

    /** A set's summary read in a transaction of its own (an export streams after its own transaction has ended). */
    @Transactional
    public SetSummary summaryInTransaction(long id) {
        return summary(id);
    }

    /** Every member of the set, whatever its status, in queue (id) order. */
    public static ClaimFilter members(SetSummary set, int page, int size) {
        return ClaimFilter.unfiltered(ClaimSort.QUEUE, page, size).with(ClaimField.IN_SET, set.id());
    }
}
