package io.claimdesk.article;

import io.claimdesk.claim.Claim;
import io.claimdesk.web.Params;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The article list ({@code /articles}) and one article's text with its claims marked ({@code /articles/{id}}). */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ArticlePages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ArticleListView view);

        static native TemplateInstance article(ArticleView view);
    }

    private final ArticleQuery articles;

    ArticlePages(ArticleQuery articles) {
        this.articles = articles;
    }

    @GET
    @Transactional
    public TemplateInstance list(@RestQuery String page) {
        int current = Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / PAGE_SIZE);
        long total = articles.count();
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Templates.list(new ArticleListView(articles.page(current, PAGE_SIZE), total, current, totalPages,
                current > 1 ? Urls.articles(current - 1) : null,
                current < totalPages ? Urls.articles(current + 1) : null));
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance article(@RestPath long id) {
        ArticleSummary summary = articles.require(id);
        Article article = Article.findById(id);
        List<ArticleSegment> segments = ArticleSegment.listFor(article);
        List<ArticleText.Marked> marked = Claim.listForArticle(article).stream()
                .map(c -> new ArticleText.Marked(c.id, c.start, c.end))
                .toList();
        List<ArticleText.Piece> pieces = ArticleText.of(article.text).pieces(segments, marked);
        return Templates.article(new ArticleView(summary, pieces, segments.stream().filter(s -> s.furniture).count()));
    }
}
