package io.claimdesk.history;

import io.claimdesk.web.PageJson;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit trail for editors: every recorded change, newest first, optionally of one kind. */
@Path(Urls.API + Urls.HISTORY)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
public class HistoryApi {

    private final EntityManager em;

    HistoryApi(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional
    public PageJson<HistoryRow> list(@RestQuery String action, @RestQuery String page, @RestQuery String size) {
        HistoryAction kind = Params.parseEnum("action", action, HistoryAction.class);
        int pageNumber = Params.parseInt("page", page, 1, 1, 1_000_000);
        int pageSize = Params.parseInt("size", size, 50, 1, 200);
        String where = kind == null ? "" : " where h.action = :action";
        TypedQuery<Long> count = em.createQuery("select count(h) from HistoryEntry h" + where, Long.class);
        TypedQuery<HistoryRow> rows = em.createQuery(HistoryRow.SELECT + where + " order by h.id desc", HistoryRow.class);
        if (kind != null) {
            count.setParameter("action", kind);
            rows.setParameter("action", kind);
        }
        return new PageJson<>(count.getSingleResult(), pageNumber, pageSize,
                rows.setFirstResult((pageNumber - 1) * pageSize).setMaxResults(pageSize).getResultList());
    }
}
