package io.claimdesk.dashboard;

import io.claimdesk.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The dashboard ({@code /dashboard}): the corpus and the review work at a glance, for anyone signed in. */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view);
    }

    private final DashboardCharts charts;
    private final CurrentAccount current;

    DashboardPages(DashboardCharts charts, CurrentAccount current) {
        this.charts = charts;
        this.current = current;
    }

    @GET
    @Transactional
    public TemplateInstance dashboard() {
        return Templates.dashboard(charts.view(current.id()));
    }
}
