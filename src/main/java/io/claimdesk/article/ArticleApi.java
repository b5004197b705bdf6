package io.claimdesk.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimdesk.web.Params;
import io.claimdesk.web.PageJson;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Articles for integrators. Metadata fields come with their *Evidence when inferred from the text. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ArticleApi {

    private static final int MAX_PAGE_SIZE = 200;

    /** One article with its stored text. */
    public record ArticleJson(@JsonUnwrapped ArticleSummary article, String text) {
    }

    private final ArticleQuery articles;

    ArticleApi(ArticleQuery articles) {
        this.articles = articles;
    }

    @GET
    @Transactional
    public PageJson<ArticleSummary> list(@RestQuery String page, @RestQuery String size) {
        int current = Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = Params.parseInt("size", size, ArticlePages.PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return new PageJson<>(articles.count(), current, pageSize, articles.page(current, pageSize));
    }

    @GET
    @Path("{id}")
    @Transactional
    public ArticleJson article(@RestPath long id) {
        ArticleSummary summary = articles.require(id);
        Article article = Article.findById(id);
        return new ArticleJson(summary, article.text);
    }
}
