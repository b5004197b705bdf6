package io.claimdesk.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.history.DeskRevision;
import io.claimdesk.web.PageLanguage;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The dashboard ({@code /dashboard}): the corpus and the review work at a glance, for anyone signed in. */
@Path(Urls.DASHBOARD)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view);
    }

    private final DashboardCharts charts;
    private final CurrentAccount current;
    private final DeskRevision revision;
    private final PageLanguage language;
    /**
     * The charts' numbers as last counted, per desk revision: at 100,000 claims the grouped counts take seconds, and
     * they are the same for every reader (the queues charted are not anyone's own) and every language until the desk
     * changes. Only their words are put together again for each page.
     */
    private final Cache<DeskRevision.Revision, DashboardCharts.Counts> counted =
            Caffeine.newBuilder().maximumSize(2).build();

    DashboardPages(DashboardCharts charts, CurrentAccount current, DeskRevision revision, PageLanguage language) {
        this.charts = charts;
        this.current = current;
        this.revision = revision;
        this.language = language;
    }

    @GET
    @Transactional
    public TemplateInstance dashboard() {
        return Templates.dashboard(charts.view(counted.get(revision.current(), r -> charts.count(current.id())),
                language.current()));
    }
}
