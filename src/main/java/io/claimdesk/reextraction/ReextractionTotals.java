package io.claimdesk.reextraction;

import java.util.ArrayList;
import java.util.List;

/**
 * What re-extracting every article did, summed over the articles that succeeded.
 *
 * @param failed articles whose re-extraction failed and was rolled back: they keep their claims as they were
 */
public record ReextractionTotals(int articles, int kept, int reanchored, int fuzzy, int orphaned, int removed, int added,
                                 List<Long> failed) {

    static ReextractionTotals none() {
        return new ReextractionTotals(0, 0, 0, 0, 0, 0, 0, List.of());
    }

    ReextractionTotals plus(ReextractionSummary s) {
        return new ReextractionTotals(articles + 1, kept + s.kept(), reanchored + s.reanchored(), fuzzy + s.fuzzy(),
                orphaned + s.orphaned(), removed + s.removed(), added + s.added(), failed);
    }

    ReextractionTotals failing(long articleId) {
        List<Long> more = new ArrayList<>(failed);
        more.add(articleId);
        return new ReextractionTotals(articles, kept, reanchored, fuzzy, orphaned, removed, added, List.copyOf(more));
    }
}
