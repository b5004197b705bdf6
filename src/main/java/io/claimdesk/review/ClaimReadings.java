package io.claimdesk.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.ArticlePageQuery;
import io.claimdesk.article.ArticleQuery;
import io.claimdesk.article.ArticleText;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.DeskRevision;
import io.claimdesk.matching.RelatedClaim;
import io.claimdesk.matching.RelationQuery;
import io.claimdesk.web.Urls;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Reads a claim's page (ten statements, whatever the numbers of relations, verdicts, comments and history entries)
 * and keeps what it read while the desk stands still: a reviewer going back and forth between claims, or a desk
 * opening the same disputed claim, costs one statement (the {@link DeskRevision}) instead of ten. Every write the
 * page shows moves the revision on, so a kept reading is never shown after a change; {@code claimdesk.list-cache.
 * max-age} bounds how long one is used at all, as for the list (a write committed out of id order).
 */
@ApplicationScoped
public class ClaimReadings {

    /** Characters of article text shown on each side of a quote. */
    private static final int CONTEXT_CHARS = 280;

    private final DeskRevision revision;
    private final RelationQuery relations;
    private final ArticlePageQuery articleText;
    private final ArticleQuery articles;
    private final ReviewPanel panel;
    private final Cache<Key, ClaimReading> kept;

    ClaimReadings(DeskRevision revision, RelationQuery relations, ArticlePageQuery articleText, ArticleQuery articles,
                  ReviewPanel panel, ClaimdeskConfig config) {
        this.revision = revision;
        this.relations = relations;
        this.articleText = articleText;
        this.articles = articles;
        this.panel = panel;
        long entries = config.listCache().entries() * 4;
        this.kept = entries <= 0 ? null : Caffeine.newBuilder().maximumSize(entries)
                .expireAfterWrite(config.listCache().maxAge()).build();
    }

    /** The claim's page as read at the current revision; a 404 when there is no such claim. Call in a transaction. */
    ClaimReading read(long id) {
        if (kept == null) {
            return readNow(id);
        }
        return kept.get(new Key(id, revision.current()), key -> readNow(key.claimId()));
    }

    private ClaimReading readNow(long id) {
        RelationQuery.Around around = relations.around(id)
                .orElseThrow(() -> new NotFound("There is no claim " + id));
        ClaimRow row = around.claim();
        List<RelatedClaim> related = around.related();
        ArticleText text = ArticleText.of(articleText.text(row.articleId()));
        // An orphan's quote (and a dismissed orphan's) is not at its anchor: show the context it was last found in.
        boolean inText = text.slice(row.anchor().start(), row.anchor().end()).equals(row.anchor().exact());
        String before = inText ? text.beforeCodePoint(row.anchor().start(), CONTEXT_CHARS) : "…" + row.anchor().prefix();
        String after = inText ? text.afterCodePoint(row.anchor().end(), CONTEXT_CHARS) : row.anchor().suffix() + "…";
        return new ClaimReading(row, before, after, articles.require(row.articleId()),
                inText ? Urls.claimInArticle(row.articleId(), row.id()) : null, related,
                relations.corroboration(row, related), panel.read(id));
    }

    private record Key(long claimId, DeskRevision.Revision revision) {
    }
}
