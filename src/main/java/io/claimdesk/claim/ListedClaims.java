package io.claimdesk.claim;

/**
 * What {@link ListCache} keeps of a claim list page: the match count and the page's HTML apart from the reader's own
 * parts — the top (heading, filter form, summary) and the rows with their paging links, both rendered by templates
 * from escaped data, kept as UTF-8 ({@link io.claimdesk.web.PreEncodedPage}).
 */
public record ListedClaims(long total, byte[] topHtml, byte[] rowsHtml) {
}
