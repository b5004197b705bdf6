package io.claimdesk.article;

import java.time.LocalDate;

/** The metadata an editor can change, as one comparable value (also what the history stores). */
public record ArticleMetadata(String title, String outlet, String author, LocalDate published, String url,
                              OutletStance outletStance, String language) {

    public static ArticleMetadata of(Article article) {
        return new ArticleMetadata(article.title, article.outlet == null ? null : article.outlet.name, article.author,
                article.published, article.url, article.outlet == null ? null : article.outlet.stance,
                article.language);
    }
}
