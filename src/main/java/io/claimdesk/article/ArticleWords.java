package io.claimdesk.article;

import io.claimdesk.web.InterfaceLanguage;
import io.quarkus.qute.TemplateExtension;

/** An article's name in the page's language, for templates ({@code {view.article.displayTitle}}). */
@TemplateExtension
public final class ArticleWords {

    private ArticleWords() {
    }

    static String displayTitle(ArticleSummary article, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return article.displayTitle(InterfaceLanguage.of(locale).orElse(InterfaceLanguage.ENGLISH).messages());
    }
}
