package io.claimdesk.article;

import java.time.LocalDate;

/**
 * What an import is given: the text and whatever metadata a person supplied. Null fields are
 * inferred from the text where it states them, and stay unknown where it does not.
 */
public record NewArticle(String text, String title, String outlet, String author, LocalDate published,
                         String url, String sourceName) {

    public static NewArticle ofText(String text, String sourceName) {
        return new NewArticle(text, null, null, null, null, null, sourceName);
    }
}
