package io.claimdesk.intake;

import io.claimdesk.article.Article;
import io.claimdesk.article.ArticleImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A fault inside the import's transaction, after the article, its segments and its claims were written: an
 * article whose text carries {@link #MARKER} fails there, as a crash between the writes and the commit would.
 */
@ApplicationScoped
public class FailingImport {

    public static final String MARKER = "FAIL-THIS-IMPORT-AFTER-ITS-CLAIMS";

    void failMarked(@Observes ArticleImported event) {
        Article article = Article.findById(event.articleId());
        if (article.text.contains(MARKER)) {
            throw new IllegalStateException("injected failure after the claims of article " + event.articleId() + " were written");
        }
    }
}
