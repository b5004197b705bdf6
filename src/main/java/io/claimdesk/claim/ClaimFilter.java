package io.claimdesk.claim;

import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;

import java.time.LocalDate;

/**
 * What a reader asked the claim list for. Null fields do not filter. Pages are numbered from 1; {@code after}, when
 * set, is where page {@code page} starts (keyset paging: a Next link's position), instead of skipping rows.
 * Built from request parameters by {@link ClaimFilterParams}, so pages and the API filter alike.
 *
 * @param outletStance  the stance of the claim's outlet; UNKNOWN also takes claims with no outlet
 * @param publishedFrom first published day taken (inclusive); claims with no date never match a date range
 * @param publishedTo   last published day taken (inclusive)
 * @param undated       true: only claims whose article has no published date; false: only dated ones
 */
public record ClaimFilter(Long article, ClaimStatus status, String topic, String outlet, ClaimStance stance,
                          Boolean disputed, ClaimKind kind, Boolean checkable, String attributedTo, String q,
                          Boolean reviewersDisagree, Boolean orphaned, OutletStance outletStance,
                          LocalDate publishedFrom, LocalDate publishedTo, Boolean undated, Long reviewedBy, Long inSet,
                          ClaimSort sort, int page, int size, ClaimCursor after) {

    public ClaimFilter withPage(int newPage) {
        return new ClaimFilter(article, status, topic, outlet, stance, disputed, kind, checkable, attributedTo, q,
                reviewersDisagree, orphaned, outletStance, publishedFrom, publishedTo, undated, reviewedBy, inSet, sort, newPage,
                size, null);
    }

    /** The page after this one, starting just after its last row. */
    public ClaimFilter next(ClaimCursor lastRow) {
        return new ClaimFilter(article, status, topic, outlet, stance, disputed, kind, checkable, attributedTo, q,
                reviewersDisagree, orphaned, outletStance, publishedFrom, publishedTo, undated, reviewedBy, inSet, sort,
                page + 1, size, lastRow);
    }

    public ClaimFilter withSort(ClaimSort newSort) {
        return new ClaimFilter(article, status, topic, outlet, stance, disputed, kind, checkable, attributedTo, q,
                reviewersDisagree, orphaned, outletStance, publishedFrom, publishedTo, undated, reviewedBy, inSet, newSort, 1,
                size, null);
    }

    /** This filter narrowed to the members of a claim set, only corroborated ones for a verified set. */
    public ClaimFilter inSet(long setId, boolean verifiedOnly) {
        return new ClaimFilter(article, verifiedOnly ? ClaimStatus.CORROBORATED : status, topic, outlet, stance, disputed,
                kind, checkable, attributedTo, q, reviewersDisagree, orphaned, outletStance, publishedFrom, publishedTo, undated,
                reviewedBy, setId, sort, page, size, after);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** Whether the filter is a search for one word and nothing else, which the word index counts by itself. */
    boolean onlySearchesOneWord() {
        return q != null && SearchWords.isOneWord(q) && !withQ(null).narrows();
    }

    private ClaimFilter withQ(String newQ) {
        return new ClaimFilter(article, status, topic, outlet, stance, disputed, kind, checkable, attributedTo, newQ,
                reviewersDisagree, orphaned, outletStance, publishedFrom, publishedTo, undated, reviewedBy, inSet, sort,
                page, size, after);
    }

    public boolean narrows() {
        return article != null || status != null || topic != null || outlet != null || stance != null
                || disputed != null || kind != null || checkable != null || attributedTo != null || q != null
                || reviewersDisagree != null || orphaned != null || outletStance != null || publishedFrom != null
                || publishedTo != null || undated != null || reviewedBy != null || inSet != null;
    }
}
