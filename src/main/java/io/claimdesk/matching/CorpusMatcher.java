package io.claimdesk.matching;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.ArticleImported;
import io.claimdesk.article.ArticleReextracted;
import io.claimdesk.job.JobRunner;
import io.claimdesk.job.Lane;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links each article's claims to the rest of the corpus. The index lives in memory and is rebuilt from the
 * database at start (the database is the only state); all index work runs on one lane of the {@link JobRunner}, in
 * order, so the build always precedes matching. An article is "pending" until its relations are stored, which makes
 * the work restartable: a crash or a failure leaves it pending, and the next run picks it up. Nobody waits for a run:
 * an import answers once its article is stored, and its relations follow.
 */
@ApplicationScoped
public class CorpusMatcher {

    private static final Logger LOG = Logger.getLogger(CorpusMatcher.class);
    private static final int LOAD_BATCH = 5000;
    private static final int PENDING_BATCH = 100;
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final String LINKING =
            "Linking the pending articles (they stay pending and are retried at the next import or start)";

    private final MatchStore store;
    private final ClaimdeskConfig config;
    /** Runs all index work, one piece at a time. */
    private final Lane lane;
    private ClaimIndex index;
    /** Written by the lane's work only. */
    private volatile boolean built;
    private volatile long buildMillis;
    private volatile int lastRunArticles;
    private volatile long lastRunMillis;
    private volatile long lastArticleMillis;
    /** The lane's work only: the articles linked slice by slice. */
    private final LongArticles longArticles = new LongArticles();
    /** The lane's work only: whether the next slice of a long article is queued already. */
    private boolean sliceQueued;
    /** The lane's work only: where the last run's time went. */
    private long scoringNanos;
    private long storingNanos;

    CorpusMatcher(MatchStore store, ClaimdeskConfig config, JobRunner runner) {
        this.store = store;
        this.config = config;
        this.lane = runner.lane("claim-matcher");
    }

    /**
     * What the matcher is doing, for operators and for tests that wait for it.
     *
     * @param lastArticleMillis linking the last article imported on its own: scoring its claims plus storing the relations
     * @param working           work is queued or running; with no article pending and not working, the matcher is done
     */
    public record Status(boolean indexBuilt, int indexedClaims, long pendingArticles, long buildMillis,
                         int lastRunArticles, long lastRunMillis, long lastArticleMillis, boolean working) {
    }

    @PostConstruct
    void open() {
        index = ClaimIndex.inMemory(config.matching().featureCache());
    }

    void onStart(@Observes StartupEvent event) {
        linkPending();
    }

    /**
     * After an import commits: its article is linked in the background, behind what the matcher has queued. The
     * import has answered by then; its claims show their relations once they are stored.
     */
    void onImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleImported event) {
        linkPending();
    }

    /**
     * After a re-extraction commits: its deleted claims leave the index (a stale candidate would make another
     * article's relations point at a missing claim), then the article, pending again, is linked in the background.
     */
    void onReextracted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleReextracted event) {
        lane.submit("Forgetting the slices of re-extracted article " + event.articleId(),
                () -> longArticles.forget(event.articleId()));
        if (!event.removedClaimIds().isEmpty()) {
            lane.submit("Removing the deleted claims of article " + event.articleId() + " from the matching index",
                    () -> index.remove(event.removedClaimIds()));
        }
        if (event.linkNow()) {
            linkPending();
        }
    }

    /** Starts linking the articles still to link, in the background. */
    public void linkPending() {
        lane.submit(LINKING, this::catchUp);
    }

    /** Marks every article pending again (after the matcher changed) and starts matching them. */
    public int rematchAll() {
        int articles = store.markAllPending();
        lane.submit("Forgetting the slices of long articles", longArticles::clear);
        linkPending();
        return articles;
    }

    public Status status() {
        return new Status(built, index.size(), store.pendingCount(), buildMillis, lastRunArticles, lastRunMillis,
                lastArticleMillis, !lane.idle());
    }

    /** The index is closed only once no work of the lane uses it (the runner's stop may not have come first). */
    @PreDestroy
    void close() {
        lane.stop();
        if (!lane.awaitStopped(STOP_WAIT)) {
            LOG.warn("Matching still running at the stop; its article stays pending and is linked at the next start");
        }
        index.close();
    }

    /** Links every pending article; a failure leaves them pending and is logged once, by the lane. */
    private void catchUp() {
        if (!built) {
            build();
        }
        long started = System.nanoTime();
        scoringNanos = 0;
        storingNanos = 0;
        int matched = 0;
        long after = 0;
        int slice = config.matching().sliceClaims();
        for (List<MatchStore.Pending> pending; !(pending = store.pendingArticles(after, PENDING_BATCH)).isEmpty(); ) {
            List<Long> whole = pending.stream().filter(p -> p.claims() <= slice).map(MatchStore.Pending::id).toList();
            pending.stream().filter(p -> p.claims() > slice).forEach(p -> longArticles.add(p.id()));
            if (!whole.isEmpty()) {
                matched += matchArticles(whole);
            }
            after = pending.get(pending.size() - 1).id();
        }
        queueSlice();
        if (matched > 0) {
            lastRunArticles = matched;
            lastRunMillis = millisSince(started);
            if (matched > 1) {
                LOG.infof("Matched %d articles against the corpus in %d ms (scoring %d ms, storing %d ms)", matched,
                        lastRunMillis, scoringNanos / 1_000_000, storingNanos / 1_000_000);
            }
        }
    }

    /** Queues the next slice of the oldest long article behind whatever is queued now, unless one is queued already. */
    private void queueSlice() {
        if (!sliceQueued && !longArticles.isEmpty()) {
            sliceQueued = true;
            lane.submit("Linking a slice of a long article (it stays pending and is retried at the next import or start)",
                    this::nextSlice);
        }
    }

    /**
     * One slice of the oldest long article: its next claims into the index, scored on every core, their relations
     * stored; the article is marked matched with its last slice. Then the next slice goes to the back of the queue,
     * behind the imports that came meanwhile.
     */
    private void nextSlice() {
        sliceQueued = false;
        // A slice that fails ends here, logged by the lane: no next slice is queued until the next run finds the article.
        longArticles.oldest().ifPresent(this::linkSlice);
        queueSlice();
    }

    private void linkSlice(long articleId) {
        int size = config.matching().sliceClaims();
        List<ClaimCard> cards = store.cardsOfArticle(articleId, longArticles.linkedUpTo(articleId), size);
        List<ClaimCard> unindexed = cards.stream().filter(c -> !index.holds(c)).toList();
        if (!unindexed.isEmpty()) {
            index.add(unindexed);
        }
        int candidates = config.matching().candidates();
        List<List<Relation>> found = cards.parallelStream().map(card -> index.match(card, candidates)).toList();
        boolean last = cards.size() < size;
        store.save(found, last ? List.of(articleId) : List.of());
        if (last) {
            longArticles.forget(articleId);
            LOG.infof("Linked long article %d to the corpus, in slices of %d claims", articleId, size);
        } else {
            longArticles.linked(articleId, cards.get(cards.size() - 1).id());
        }
    }

    private void build() {
        long started = System.nanoTime();
        long after = 0;
        for (List<ClaimCard> batch; !(batch = store.cardsAfter(after, LOAD_BATCH)).isEmpty(); ) {
            index.add(batch);
            after = batch.get(batch.size() - 1).id();
        }
        built = true;
        buildMillis = millisSince(started);
        LOG.infof("Matching index built from the database: %d claims in %d ms", index.size(), buildMillis);
    }

    /**
     * A batch of articles: their claims into the index (they may be newer than the build), scored on every core
     * (the index is safe for concurrent searches), then each article's relations stored in its own transaction.
     * Returns how many were stored.
     */
    private int matchArticles(List<Long> articleIds) {
        Map<Long, List<ClaimCard>> cards = store.cardsOfArticles(articleIds);
        // After the build most pending claims are indexed already; rewriting them would only add deleted documents.
        List<ClaimCard> unindexed = cards.values().stream().flatMap(List::stream).filter(c -> !index.holds(c)).toList();
        if (!unindexed.isEmpty()) {
            index.add(unindexed);
        }
        int candidates = config.matching().candidates();
        long scoring = System.nanoTime();
        Map<Long, List<Relation>> found = new java.util.concurrent.ConcurrentHashMap<>();
        articleIds.parallelStream().forEach(id -> {
            List<Relation> relations = new ArrayList<>();
            for (ClaimCard card : cards.getOrDefault(id, List.of())) {
                relations.addAll(index.match(card, candidates));
            }
            found.put(id, relations);
        });
        scoringNanos += System.nanoTime() - scoring;
        long storing = System.nanoTime();
        int stored = store(articleIds, found);
        storingNanos += System.nanoTime() - storing;
        if (articleIds.size() == 1) {
            lastArticleMillis = millisSince(scoring);
        }
        return stored;
    }

    /**
     * One transaction for the batch (a commit per article would dominate the whole-corpus run); if it fails,
     * each article on its own, so one article that cannot be stored does not hold back the others.
     */
    private int store(List<Long> articleIds, Map<Long, List<Relation>> found) {
        try {
            store.saveAll(found);
            return articleIds.size();
        } catch (RuntimeException batchFailed) {
            int stored = 0;
            for (long id : articleIds) {
                try {
                    store.saveAll(Map.of(id, found.get(id)));
                    stored++;
                } catch (RuntimeException e) {
                    // Another node may have stored the same pair first; the article stays pending and is retried.
                    LOG.warnf(e, "Article %d not matched; it stays pending", id);
                }
            }
            return stored;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
