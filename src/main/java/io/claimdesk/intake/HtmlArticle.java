package io.claimdesk.intake;

/**
 * An HTML page's article text and the metadata the page states about itself, each with where the page states it;
 * absent metadata is null. Dates are as the page writes them (already known to be readable days).
 *
 * @param modified  when the page says the story was last changed (JSON-LD dateModified, article:modified_time)
 * @param publisher the organisation the page's JSON-LD names as publisher
 */
public record HtmlArticle(String text, PageValue title, PageValue author, PageValue published, String canonicalUrl,
                          PageValue siteName, PageValue modified, PageValue publisher) {
}
