package io.claimdesk.intake;

import io.claimdesk.article.NewArticle;

/**
 * An upload checked and turned into an article to import.
 *
 * @param format  how the bytes were read: text, html or markdown
 * @param charset UTF-8, or windows-1252 when the bytes were not UTF-8
 */
public record Prepared(NewArticle article, String format, String charset) {
}
