package io.claimdesk.export;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimFilterParams;
import io.claimdesk.claim.ClaimPage;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.claimdesk.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Claim sets on pages: the list with a form for a new set, one set with its claims, exports and membership. */
@Path(Urls.SETS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class SetPages {

    public record SetsView(List<SetSummary> sets, FormState form) {
    }

    /**
     * One set: a page of its claims with their status — in a verified set each claim that is not corroborated
     * is marked as left out of the export, with its status as the reason.
     */
    public record SetView(SetSummary set, ClaimPage claims, List<ExportFormat> formats, String done,
                          String previousUrl, String nextUrl) {
    }

    /**
     * A new set: from the sets page (a name and claim ids typed or ticked), or from the claim list, whose filter comes
     * along as its query string ({@code fromFilter=true}, {@code filterQuery}).
     */
    public record SetForm(@RestForm String name, @RestForm String description, @RestForm boolean verifiedOnly,
                          @RestForm String fromFilter, @RestForm List<String> claimIds, @RestForm String claimIdsText,
                          @RestForm String filterQuery) {

        /** What a refused form shows again; the ids typed stand under {@code claimIds}, the field they make. */
        Map<String, String> typed() {
            return Map.of("name", orEmpty(name), "description", orEmpty(description), "claimIds", orEmpty(claimIdsText));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sets(SetsView view);

        static native TemplateInstance set(SetView view);
    }

    private final ClaimSets sets;
    private final SetQuery setQuery;
    private final ClaimQuery claims;
    private final CurrentAccount current;
    private final ClaimdeskConfig config;
    private final Validator validator;

    SetPages(ClaimSets sets, SetQuery setQuery, ClaimQuery claims, CurrentAccount current, ClaimdeskConfig config,
             Validator validator) {
        this.sets = sets;
        this.setQuery = setQuery;
        this.claims = claims;
        this.current = current;
        this.config = config;
        this.validator = validator;
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.sets(new SetsView(setQuery.all(), FormState.empty()));
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public TemplateInstance set(@RestPath long id, @RestQuery String page, @RestQuery String done) {
        SetSummary set = setQuery.summary(id);
        int pageNumber = Params.parseInt("page", page, 1, 1, 1_000_000);
        ClaimPage members = claims.page(SetQuery.members(set, pageNumber, config.pageSize()));
        String base = Urls.set(id) + "?page=";
        return Templates.set(new SetView(set, members, Arrays.asList(ExportFormat.values()), done,
                members.hasPrevious() ? base + (pageNumber - 1) : null, members.hasNext() ? base + (pageNumber + 1) : null));
    }

    /** A new set from the claim list's current filter (its parameters come along as hidden fields) or picked ids. */
    @POST
    public Response create(@BeanParam SetForm form) {
        try {
            ClaimFilter filter = "true".equals(form.fromFilter())
                    ? ClaimFilterParams.of(decode(form.filterQuery())).toFilter(config) : null;
            List<Long> picked = ids(form.claimIds(), form.claimIdsText());
            ClaimSet set = sets.create(Violations.check(validator, new ClaimSets.NewSet(form.name(), form.description(),
                    form.verifiedOnly(), filter, filter == null ? null : form.filterQuery(), picked)), current.get());
            return Response.seeOther(URI.create(Urls.set(set.id) + "?done=created")).build();
        } catch (Invalid e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(refused(e, form)).build();
        }
    }

    /** Adds one claim to the set chosen on the claim's page. */
    @POST
    @Path(Urls.CLAIMS)
    public Response add(@RestForm long setId, @RestForm long claimId) {
        sets.add(setId, claimId, current.get());
        return Response.seeOther(URI.create(Urls.set(setId) + "?done=added")).build();
    }

    @POST
    @Path(Urls.ID + Urls.CLAIMS + Urls.CLAIM_ID + Urls.REMOVE)
    public Response remove(@RestPath long id, @RestPath long claimId) {
        sets.remove(id, claimId, current.get());
        return Response.seeOther(URI.create(Urls.set(id) + "?done=removed")).build();
    }

    /** The list's query string ({@code topic=…&outlet=…}) as parameters. */
    private static Map<String, String> decode(String query) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String pair : (query == null ? "" : query).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Ticked checkboxes and ids typed one per line, as claim ids; anything else is a 400 naming it. */
    private static List<Long> ids(List<String> ticked, String typed) {
        List<String> all = new java.util.ArrayList<>(ticked == null ? List.of() : ticked);
        if (typed != null) {
            all.addAll(Arrays.asList(typed.split("[\\s,]+")));
        }
        return all.stream().filter(id -> !id.isBlank()).map(id -> Params.parseId("claimIds", id)).toList();
    }

    @Transactional
    TemplateInstance refused(Invalid e, SetForm form) {
        return Templates.sets(new SetsView(setQuery.all(), FormState.refused(e, form.typed())));
    }
}
