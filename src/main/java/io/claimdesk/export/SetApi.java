package io.claimdesk.export;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimFilterParams;
import io.claimdesk.claim.ClaimPage;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.PageJson;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.claimdesk.web.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Claim sets for editors: make, list, read, change membership. Exports are in {@link ExportApi}. */
@Path(Urls.API + Urls.SETS)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
public class SetApi {

    /** A new set: from the claims matching {@code filter} (the list's parameters) and/or the picked {@code claimIds}. */
    public record NewSetJson(String name, String description, Boolean verifiedOnly, Map<String, String> filter,
                             List<Long> claimIds) {
    }

    /** A set with one page of its claims. */
    public record SetJson(SetSummary set, PageJson<ClaimRow> claims) {
    }

    private final ClaimSets sets;
    private final ClaimQuery claims;
    private final CurrentAccount current;
    private final SetQuery setQuery;
    private final ClaimdeskConfig config;
    private final ExportDownloads downloads;
    private final Validator validator;

    SetApi(ClaimSets sets, ClaimQuery claims, CurrentAccount current, SetQuery setQuery, ClaimdeskConfig config,
           ExportDownloads downloads, Validator validator) {
        this.downloads = downloads;
        this.validator = validator;
        this.sets = sets;
        this.claims = claims;
        this.current = current;
        this.setQuery = setQuery;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(NewSetJson body) {
        if (body == null) {
            throw new Invalid("body", "Send {name, description, filter?, claimIds?, verifiedOnly?}.");
        }
        ClaimFilter filter = body.filter() == null ? null : ClaimFilterParams.of(body.filter()).toFilter(config);
        ClaimSet set = sets.create(Violations.check(validator, new ClaimSets.NewSet(body.name(), body.description(),
                Boolean.TRUE.equals(body.verifiedOnly()), filter, body.filter() == null ? null : body.filter().toString(),
                body.claimIds())), current.get());
        return Response.created(URI.create(Urls.apiSet(set.id))).entity(setQuery.summary(set.id)).build();
    }

    @GET
    @Transactional
    public List<SetSummary> list() {
        return setQuery.all();
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public SetJson set(@RestPath long id, @RestQuery String page, @RestQuery String size) {
        SetSummary summary = setQuery.summary(id);
        ClaimFilter filter = SetQuery.members(summary, Params.parseInt("page", page, 1, 1, 1_000_000),
                Params.parseInt("size", size, config.pageSize(), 1, config.maxPageSize()));
        ClaimPage claimPage = claims.page(filter);
        return new SetJson(summary, new PageJson<>(claimPage.total(), filter.page(), filter.size(), claimPage.rows()));
    }

    @PUT
    @Path(Urls.ID + Urls.CLAIMS + Urls.CLAIM_ID)
    public Response add(@RestPath long id, @RestPath long claimId) {
        boolean added = sets.add(id, claimId, current.get());
        return Response.status(added ? Response.Status.CREATED : Response.Status.NO_CONTENT).build();
    }

    @DELETE
    @Path(Urls.ID + Urls.CLAIMS + Urls.CLAIM_ID)
    public Response remove(@RestPath long id, @RestPath long claimId) {
        sets.remove(id, claimId, current.get());
        return Response.noContent().build();
    }

    @GET
    @Path(Urls.ID + Urls.EXPORT)
    public Response export(@RestPath long id, @RestQuery String format) {
        ExportFormat chosen = ExportFormat.parse(format);
        SetSummary set = setQuery.summaryInTransaction(id);
        ExportScope scope = new ExportScope(set.id(), set.name(), set.description(), set.verifiedOnly(), null);
        return downloads.of(scope, SetQuery.members(set, 1, 1).inSet(set.id(), set.verifiedOnly()), chosen);
    }
}
