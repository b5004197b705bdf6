package io.claimdesk.matching;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.ArticleImported;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Links each article's claims to the rest of the corpus. The index lives in memory and is rebuilt from the
 * database at start (the database is the only state); all index work runs on one thread, in order, so the
 * build always precedes matching. An article is "pending" until its relations are stored, which makes the
 * work restartable: a crash or a timeout leaves it pending, and the next run picks it up.
 */
@ApplicationScoped
public class CorpusMatcher {

    private static final Logger LOG = Logger.getLogger(CorpusMatcher.class);
    private static final int LOAD_BATCH = 5000;
    private static final int PENDING_BATCH = 100;

    private final MatchStore store;
    private final ClaimdeskConfig config;
    private ExecutorService worker;
    private ClaimIndex index;
    /** Written by the worker thread only. */
    private volatile boolean built;
    private volatile long buildMillis;
    private volatile int lastRunArticles;
    private volatile long lastRunMillis;
    private volatile long lastArticleMillis;

    CorpusMatcher(MatchStore store, ClaimdeskConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * What the matcher is doing, for operators and for tests that wait for it.
     *
     * @param lastArticleMillis linking the last article matched: scoring its claims plus storing the relations
     */
    public record Status(boolean indexBuilt, int indexedClaims, long pendingArticles, long buildMillis,
                         int lastRunArticles, long lastRunMillis, long lastArticleMillis) {
    }

    @PostConstruct
    void open() {
        index = ClaimIndex.inMemory();
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claim-matcher");
            t.setDaemon(true);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        worker.submit(this::catchUp);
    }

    /** After an import commits: link its claims now, waiting a little so the answer already shows them. */
    void onImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleImported event) {
        catchUpAndWait(config.matching().importWait());
    }

    /** Queues a run over every pending article and waits for it up to {@code wait}; true when it finished. */
    public boolean catchUpAndWait(Duration wait) {
        Future<?> run = worker.submit(this::catchUp);
        try {
            run.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            LOG.error("Matching failed; pending articles are retried at the next import or start", e.getCause());
            return false;
        }
    }

    /** Marks every article pending again (after the matcher changed) and starts matching them. */
    public int rematchAll() {
        int articles = store.markAllPending();
        worker.submit(this::catchUp);
        return articles;
    }

    public Status status() {
        return new Status(built, index.size(), store.pendingCount(), buildMillis, lastRunArticles, lastRunMillis,
                lastArticleMillis);
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }

    private void catchUp() {
        try {
            if (!built) {
                build();
            }
            long started = System.nanoTime();
            int matched = 0;
            long after = 0;
            for (List<Long> pending; !(pending = store.pendingArticles(after, PENDING_BATCH)).isEmpty(); ) {
                matched += matchArticles(pending);
                after = pending.get(pending.size() - 1);
            }
            if (matched > 0) {
                lastRunArticles = matched;
                lastRunMillis = millisSince(started);
                if (matched > 1) {
                    LOG.infof("Matched %d articles against the corpus in %d ms", matched, lastRunMillis);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Matching stopped; pending articles are retried at the next import or start", e);
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
        index.add(cards.values().stream().flatMap(List::stream).toList());
        int candidates = config.matching().candidates();
        record Found(long articleId, List<Relation> relations, long nanos) {
        }
        List<Found> found = articleIds.parallelStream().map(id -> {
            long started = System.nanoTime();
            List<Relation> relations = new ArrayList<>();
            for (ClaimCard card : cards.getOrDefault(id, List.of())) {
                relations.addAll(index.match(card, candidates));
            }
            return new Found(id, relations, System.nanoTime() - started);
        }).toList();
        int stored = 0;
        for (Found f : found) {
            long started = System.nanoTime();
            try {
                store.save(f.articleId(), f.relations());
                stored++;
                lastArticleMillis = (f.nanos() + System.nanoTime() - started) / 1_000_000;
            } catch (RuntimeException e) {
                // Another node may have stored the same pair first; the article stays pending and is retried.
                LOG.warnf(e, "Article %d not matched; it stays pending", f.articleId());
            }
        }
        return stored;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
