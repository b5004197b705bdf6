package io.claimdesk.claim;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.history.DeskRevision;
import io.claimdesk.job.JobRunner;
import io.claimdesk.web.InterfaceLanguage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Rendered claim list pages, kept while the desk stands still. A page is the same for everyone with the same filter
 * and the same rights (editors see pick boxes) until something is imported, reviewed or edited — which moves the
 * {@link DeskRevision} the key holds, so a changed desk never meets an old entry. The revision reads ids, and two
 * transactions committing out of id order (or another node's id block) could leave a write unseen, so no entry is
 * shown once it is older than {@code claimdesk.list-cache.max-age}: from half that age, the next reader still gets
 * the kept page while it is drawn again in the background. Drawing it in the reader's request instead made every
 * reader of the page wait for it, once per max-age, on code that had run too rarely to be compiled (stalls of
 * 0.2–0.7 s at 100,000 claims on H2).
 */
@ApplicationScoped
public class ListCache {

    private final DeskRevision revision;
    private final ClaimListRenderer renderer;
    private final LoadingCache<Key, ListedClaims> pages;

    /**
     * Pages are drawn again on a lane of the app's runner, one at a time, as for its other background work (Caffeine's
     * default, the JVM's common pool, has the JVM's class loader rather than the app's).
     */
    ListCache(DeskRevision revision, ClaimListRenderer renderer, ClaimdeskConfig config, JobRunner runner) {
        this.revision = revision;
        this.renderer = renderer;
        long entries = config.listCache().entries();
        Duration maxAge = config.listCache().maxAge();
        this.pages = entries <= 0 ? null : Caffeine.newBuilder().maximumSize(entries)
                .refreshAfterWrite(maxAge.dividedBy(2)).expireAfterWrite(maxAge).executor(runner.lane("list-cache-redraw"))
                .build(key -> renderer.render(key.filter(), key.editor(), key.language()));
    }

    /** The page for this filter as last rendered at the current revision, else rendered now (and kept). */
    ListedClaims get(ClaimFilter filter, boolean editor, InterfaceLanguage language) {
        if (pages == null) {
            return renderer.render(filter, editor, language);
        }
        return pages.get(new Key(filter, editor, language, revision.current()));
    }

    /** The page's words are in the reader's language: each language keeps its own drawing of a page. */
    private record Key(ClaimFilter filter, boolean editor, InterfaceLanguage language, DeskRevision.Revision revision) {
    }
}
