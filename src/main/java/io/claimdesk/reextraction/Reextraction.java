package io.claimdesk.reextraction;

import io.claimdesk.article.Article;
import io.claimdesk.article.ArticleLanguageChanged;
import io.claimdesk.article.ArticleReextracted;
import io.claimdesk.article.Extractors;
import io.claimdesk.article.ArticleSegment;
import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.Claim;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.extraction.Anchor;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.extraction.ExtractedClaim;
import io.claimdesk.extraction.Extraction;
import io.claimdesk.extraction.Segment;
import io.claimdesk.failure.Conflict;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.matching.RelationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the extractor again over one stored article, in one transaction. Claims nobody touched are replaced by the
 * new run's claims; a claim a reviewer touched keeps its row (its id, so its verdicts, comments, sets, decided
 * relations and history stay attached) and takes the new run's reading at the place {@link Reanchoring} finds for
 * it, or, found nowhere, stays as an orphan for an editor to resolve. Nothing reviewers did is dropped.
 */
@ApplicationScoped
public class Reextraction {

    private final Extractors extractors;
    private final EntityManager em;
    private final History history;
    private final Event<ArticleReextracted> reextracted;

    Reextraction(Extractors extractors, EntityManager em, History history, Event<ArticleReextracted> reextracted) {
        this.extractors = extractors;
        this.em = em;
        this.history = history;
        this.reextracted = reextracted;
    }

    @Transactional
    public ReextractionSummary reextract(long articleId, long actorId) {
        return run(articleId, actorId, true).orElseThrow(() -> new NotFound("There is no article " + articleId));
    }

    /**
     * One article of a whole-corpus run, which links every article once at its end; empty when the article was
     * deleted since the run listed it.
     */
    @Transactional
    Optional<ReextractionSummary> reextractLinkingLater(long articleId, long actorId) {
        return run(articleId, actorId, false);
    }

    private Optional<ReextractionSummary> run(long articleId, long actorId, boolean linkNow) {
        // Locked so two re-extractions of one article cannot both replace its claims.
        Article article = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            return Optional.empty();
        }
        Extraction extraction = extractors.forLanguage(article.language).extract(article.text);
        article.lead = extraction.lead();

        List<Long> untouched = untouchedClaims(articleId);
        long before = Claim.count("article", article);
        removeClaims(untouched);
        ArticleSegment.delete("article", article);
        for (Segment segment : extraction.segments()) {
            ArticleSegment.of(article, segment).persist();
        }

        List<Claim> reviewed = Claim.listForArticle(article);
        Map<Long, Anchor> anchors = new LinkedHashMap<>();
        reviewed.forEach(c -> anchors.put(c.id, c.anchor()));
        Reanchoring.Result result = Reanchoring.place(article.text, anchors, extraction.claims());

        int kept = 0;
        int reanchored = 0;
        int fuzzy = 0;
        int orphaned = 0;
        Set<Long> reworded = new HashSet<>();
        for (Claim claim : reviewed) {
            claim.language = article.language;
            Reanchoring.Placement placement = result.placements().get(claim.id);
            switch (placement.how()) {
                case KEPT -> kept++;
                case MOVED -> reanchored++;
                case FUZZY -> fuzzy++;
                case ORPHANED -> orphaned++;
            }
            if (placement.how() == Reanchoring.How.ORPHANED) {
                orphan(claim, actorId);
            } else if (redraw(claim, placement, actorId)) {
                reworded.add(claim.id);
            }
        }
        // Open suggestions were found for the old wording; the article is matched again below.
        removeSuggestions(reworded);
        for (ExtractedClaim drawn : result.unused()) {
            Claim.drawnFrom(article, drawn).persist();
        }
        takeStanceSuggestion(article, extraction);

        ReextractionSummary summary = new ReextractionSummary(articleId, kept, reanchored, fuzzy, orphaned,
                untouched.size(), result.unused().size());
        history.record(actorId, HistoryAction.ARTICLE_REEXTRACTED, History.Subject.article(article.id),
                Map.of("claims", before), summary);
        reextracted.fire(new ArticleReextracted(articleId, untouched, linkNow));
        return Optional.of(summary);
    }

    /**
     * An editor gave the article another language: its claims are drawn again with that language's rules, in the
     * edit's transaction, keeping every claim a reviewer touched as any re-extraction does.
     */
    void onLanguageChanged(@Observes ArticleLanguageChanged changed) {
        run(changed.articleId(), changed.editorId(), true);
    }

    /** Clears an orphan's flag: the editor keeps the claim as it is, with its reviews, outside the text. */
    @Transactional
    public void dismissOrphan(long claimId, long actorId) {
        Claim claim = Claim.<Claim>findByIdOptional(claimId)
                .orElseThrow(() -> new NotFound("There is no claim " + claimId));
        if (!claim.orphaned) {
            throw new Conflict("Claim " + claimId + " is not orphaned");
        }
        claim.orphaned = false;
        history.record(actorId, HistoryAction.ORPHAN_RESOLVED, claim.historySubject(),
                Map.of("orphaned", true), Map.of("orphaned", false, "action", "dismiss"));
    }

    /** Up to {@code limit} article ids above {@code afterId}, in order, for going through every article. */
    @Transactional
    public List<Long> articleIdsAfter(long afterId, int limit) {
        return em.createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /**
     * The article's claims no person has acted on: unreviewed, no verdict or comment (even deleted), in no set, no
     * decided relation, nothing in their history. Anything else is a reviewer's work and must keep its row.
     */
    private List<Long> untouchedClaims(long articleId) {
        return em.createQuery("""
                        select c.id from Claim c where c.article.id = :article and c.status = :unreviewed
                        and c.orphaned = false
                        and not exists (select 1 from Verdict v where v.claim = c)
                        and not exists (select 1 from ClaimComment m where m.claim = c)
                        and not exists (select 1 from ClaimSetItem i where i.id.claimId = c.id)
                        and not exists (select 1 from ClaimRelation r where r.lowClaimId = c.id and r.state <> :suggested)
                        and not exists (select 1 from ClaimRelation r where r.highClaimId = c.id and r.state <> :suggested)
                        and not exists (select 1 from HistoryEntry h where h.claimId = c.id)
                        """, Long.class)
                .setParameter("article", articleId).setParameter("unreviewed", ClaimStatus.UNREVIEWED)
                .setParameter("suggested", RelationState.SUGGESTED)
                .getResultList();
    }

    /**
     * Deletes claims with their topics, search words and relations (all suggestions: a decided one marks a claim
     * touched).
     */
    private void removeClaims(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        removeSuggestions(ids);
        em.createNativeQuery("delete from claim_topic where claim_id in (:ids)").setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("delete from claim_word where claim_id in (:ids)").setParameter("ids", ids).executeUpdate();
        em.createQuery("delete from Claim c where c.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    private void removeSuggestions(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        em.createQuery("delete from ClaimRelation r where (r.lowClaimId in :ids or r.highClaimId in :ids)"
                        + " and r.state = :suggested")
                .setParameter("ids", claimIds).setParameter("suggested", RelationState.SUGGESTED).executeUpdate();
    }

    private void orphan(Claim claim, long actorId) {
        if (!claim.orphaned) {
            claim.orphaned = true;
            history.record(actorId, HistoryAction.CLAIM_ORPHANED, claim.historySubject(), Reading.of(claim), null);
        }
    }

    /** Moves the claim to its new place and reading; records what changed. True when its sentence changed. */
    private boolean redraw(Claim claim, Reanchoring.Placement placement, long actorId) {
        Reading before = Reading.of(claim);
        if (placement.drawn() != null) {
            claim.redraw(placement.drawn());
        } else {
            claim.anchorAt(placement.anchor());
        }
        claim.orphaned = false;
        Reading after = Reading.of(claim);
        if (!after.equals(before)) {
            history.record(actorId, HistoryAction.CLAIM_REANCHORED, claim.historySubject(), before, after);
        }
        return !after.text().equals(before.text());
    }

    /**
     * The new run's reading of the article's own voice. A bulk update, not through the entity, so it never bumps the
     * metadata version editors edit against; it also marks the article to be matched again.
     */
    private void takeStanceSuggestion(Article article, Extraction extraction) {
        List<String> evidence = extraction.outletStance().evidence();
        em.createQuery("update Article a set a.stanceSuggestion = :stance, a.stanceEvidence = :evidence,"
                        + " a.matchedAt = null where a.id = :id")
                .setParameter("stance", OutletStance.valueOf(extraction.outletStance().stance()))
                .setParameter("evidence", evidence.isEmpty() ? null : String.join(" · ", evidence))
                .setParameter("id", article.id)
                .executeUpdate();
        em.refresh(article);
        if (article.outlet != null) {
            article.outlet.suggestStanceFrom(article);
        }
    }

    /** What the extractor says of a claim, as history records it before and after a re-extraction. */
    public record Reading(String exact, int start, int end, String text, ClaimKind kind, ClaimStance stance,
                   String attributedTo, String via, boolean disputed, List<String> topics, boolean orphaned) {
        static Reading of(Claim c) {
            return new Reading(c.exact, c.start, c.end, c.text, c.kind, c.stance, c.attributedTo, c.via, c.disputed,
                    new ArrayList<>(c.topics), c.orphaned);
        }
    }
}
