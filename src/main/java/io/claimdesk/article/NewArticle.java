package io.claimdesk.article;

import java.time.LocalDate;

/**
 * What an import is given: the text and whatever metadata a person supplied. Null fields are
 * inferred from the text where it states it, and stay unknown where it does not.
 *
 * @param outletStance the outlet's stance as the editor states it, or null to leave the outlet's as it is
 * @param hints        what the upload said about itself around the text (an HTML page's meta tags), preferred
 *                     to what the text itself suggests; null when there was nothing around the text
 * @param language     the article's language as a person states it ("es"), or null to detect it from the text
 */
public record NewArticle(String text, String title, String outlet, String author, LocalDate published,
                         String url, String sourceName, OutletStance outletStance, InferredMetadata hints,
                         String language) {

    public NewArticle(String text, String title, String outlet, String author, LocalDate published, String url,
                      String sourceName) {
        this(text, title, outlet, author, published, url, sourceName, null, null, null);
    }

    public static NewArticle ofText(String text, String sourceName) {
        return new NewArticle(text, null, null, null, null, null, sourceName);
    }
}
