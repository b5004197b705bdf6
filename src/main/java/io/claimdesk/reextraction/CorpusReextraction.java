package io.claimdesk.reextraction;

import io.claimdesk.matching.CorpusMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Runs the extractor again over every stored article (after the extractor changed), each article in its own
 * transaction: one that fails is rolled back and reported, and the others go on. The articles are linked to the
 * corpus once all are done, so the matcher does not score against claims the run is still replacing.
 */
@ApplicationScoped
public class CorpusReextraction {

    private static final Logger LOG = Logger.getLogger(CorpusReextraction.class);
    private static final int BATCH = 100;

    private final Reextraction reextraction;
    private final CorpusMatcher matcher;

    CorpusReextraction(Reextraction reextraction, CorpusMatcher matcher) {
        this.reextraction = reextraction;
        this.matcher = matcher;
    }

    public ReextractionTotals reextractAll(long actorId) {
        ReextractionTotals totals = ReextractionTotals.none();
        long after = 0;
        for (List<Long> ids; !(ids = reextraction.articleIdsAfter(after, BATCH)).isEmpty(); ) {
            for (long id : ids) {
                try {
                    totals = totals.plus(reextraction.reextractLinkingLater(id, actorId));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Re-extracting article %d failed; it keeps its claims as they were", id);
                    totals = totals.failing(id);
                }
            }
            after = ids.get(ids.size() - 1);
        }
        matcher.linkPending();
        LOG.infof("Re-extracted %d articles: %s", totals.articles(), totals);
        return totals;
    }
}
