package io.claimdesk.claim;

import java.util.List;

/**
 * The claim list page as each reader gets it: the kept parts ({@link ListedClaims}) and what carries the reader's own
 * session — the export links and the editors' forms.
 */
public record ClaimListView(ListedClaims listed, List<Link> exports, String filterQuery) {

    /** A link with its label, marked when it is the page being shown. */
    public record Link(String label, String url, boolean current) {
    }
}
