package io.claimdesk.claim;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.history.DeskRevision;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Rendered claim list pages, kept while the desk stands still. A page is the same for everyone with the same filter
 * and the same rights (editors see pick boxes) until something is imported, reviewed or edited — which moves the
 * {@link DeskRevision} the key holds, so a changed desk never meets an old entry. Entries also expire after
 * {@code claimdesk.list-cache.max-age}: the revision reads ids, and two transactions committing out of id order (or
 * another node's id block) could otherwise leave a write unseen for longer.
 */
@ApplicationScoped
public class ListCache {

    private final DeskRevision revision;
    private final Cache<Key, ListedClaims> pages;

    ListCache(DeskRevision revision, ClaimdeskConfig config) {
        this.revision = revision;
        long entries = config.listCache().entries();
        this.pages = entries <= 0 ? null : Caffeine.newBuilder().maximumSize(entries)
                .expireAfterWrite(config.listCache().maxAge()).build();
    }

    /** The page for this filter as last rendered at the current revision, else rendered now (and kept). */
    ListedClaims get(ClaimFilter filter, boolean editor, Supplier<ListedClaims> render) {
        if (pages == null) {
            return render.get();
        }
        return pages.get(new Key(filter, editor, revision.current()), key -> render.get());
    }

    private record Key(ClaimFilter filter, boolean editor, DeskRevision.Revision revision) {
    }
}
