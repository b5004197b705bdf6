package io.claimdesk.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimdesk.account.CurrentAccount;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.ErrorMappers;
import io.claimdesk.web.Params;
import io.claimdesk.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import io.claimdesk.web.Urls;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.claimdesk.web.PageJson;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.HashMap;
import java.util.Map;

/**
 * Articles for integrators: listed, read and edited. Metadata fields come with their *Evidence when inferred from the
 * text. Importing one ({@code POST} on the same path) is intake's {@code ArticleImportApi}.
 */
@Path(Urls.API + Urls.ARTICLES)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ArticleApi {

    private static final int MAX_PAGE_SIZE = 200;

    /** One article with its stored text. */
    public record ArticleJson(@JsonUnwrapped ArticleSummary article, String text) {
    }

    private final ArticleQuery articles;
    private final ArticleEdits edits;
    private final CurrentAccount current;

    ArticleApi(ArticleQuery articles, ArticleEdits edits, CurrentAccount current) {
        this.articles = articles;
        this.edits = edits;
        this.current = current;
    }

    @GET
    @Transactional
    public PageJson<ArticleSummary> list(@RestQuery String page, @RestQuery String size) {
        int current = Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = Params.parseInt("size", size, ArticlePages.PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return new PageJson<>(articles.count(), current, pageSize, articles.page(current, pageSize));
    }

    @GET
    @Path(Urls.ID)
    @Transactional
    public Response article(@RestPath long id) {
        ArticleSummary summary = articles.require(id);
        Article article = Article.findById(id);
        return Response.ok(new ArticleJson(summary, article.text)).header(HttpHeaders.ETAG, summary.etag()).build();
    }

    /**
     * Changes the metadata fields present in the body (null or "" makes a field unknown). {@code If-Match} must
     * carry the ETag of the version the edit is based on: a stale one gets 409 and changes nothing.
     */
    @PATCH
    @Path(Urls.ID)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.EDITOR)
    public Response edit(@RestPath long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Map<String, Object> body) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Response.status(428).entity(new ErrorMappers.ApiError("precondition required",
                    "Send If-Match with the ETag of GET /api/articles/" + id + ", so a stale edit cannot overwrite another.")).build();
        }
        if (body == null) {
            throw new Invalid("body", "Send a JSON object with the fields to change: " + ArticleEdits.FIELDS);
        }
        Map<String, String> changes = new HashMap<>();
        body.forEach((field, value) -> changes.put(field, value == null ? null : value.toString()));
        edits.edit(id, parseVersion(ifMatch), changes, current.get());
        ArticleSummary summary = articles.require(id);
        return Response.ok(summary).header(HttpHeaders.ETAG, summary.etag()).build();
    }

    private static int parseVersion(String etag) {
        try {
            return Integer.parseInt(etag.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new Invalid("If-Match", "If-Match must be an ETag from GET /api/articles/{id}, like \"3\".");
        }
    }
}
