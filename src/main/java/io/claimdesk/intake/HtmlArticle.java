package io.claimdesk.intake;

/** An HTML page's article text and the metadata the page states about itself; absent metadata is null. */
public record HtmlArticle(String text, String title, String author, String published, String canonicalUrl,
                          String siteName) {
}
