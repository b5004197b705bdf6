package io.claimdesk.claim;

import io.claimdesk.article.Article;
import io.claimdesk.history.History;
import io.claimdesk.article.Outlet;
import io.claimdesk.extraction.Anchor;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.extraction.ExtractedClaim;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.SortNatural;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One checkable statement drawn from an article, anchored to the article's exact words. */
@Entity
public class Claim extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    /** Copy of the article's outlet: lets the list filter and sort on an index of this table. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public Outlet outlet;

    /** Copy of the article's published date, for the same reason as {@link #outlet}. */
    public LocalDate published;

    /** Code-point offsets into the article text. */
    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, length = 20_000)
    public String exact;

    @Column(nullable = false, length = 400)
    public String prefix;

    @Column(nullable = false, length = 400)
    public String suffix;

    /** The claim sentence as shown to reviewers. */
    @Column(nullable = false, length = 20_000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimKind kind;

    @Column(nullable = false)
    public boolean checkable;

    @Column(nullable = false)
    public double checkworthiness;

    /** The features behind {@link #checkworthiness}, comma-separated. */
    @Column(nullable = false)
    public String features;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStance stance;

    /** Who the article says asserts the claim; null when the outlet says it in its own voice. */
    public String attributedTo;

    /** The intermediary the claim reached the outlet through (e.g. a news agency), if any. */
    public String via;

    @Column(nullable = false)
    public boolean disputed;

    public String disputedReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status = ClaimStatus.UNREVIEWED;

    /** Current verdicts both corroborate and contest, and no editor has settled it. Kept by the review service. */
    @Column(nullable = false)
    public boolean reviewersDisagree;

    /** The article's language, kept beside each claim for the list's language filter. */
    @Column(nullable = false, length = 3)
    public String language = "und";

    /**
     * A re-extraction could not find the quote in the article's text again. The claim keeps its last anchor (which
     * no longer matches the text) and everything reviewers did, until an editor resolves it.
     */
    @Column(nullable = false)
    public boolean orphaned;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "claim_topic", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "topic", nullable = false)
    @SortNatural
    public Set<String> topics = new TreeSet<>();

    /** The words of {@link #text} that text search finds it by ({@link SearchWords}); never read back, only queried. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "claim_word", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "word", nullable = false, length = SearchWords.MAX_LENGTH)
    Set<String> words = new TreeSet<>();

    public Anchor anchor() {
        return new Anchor(exact, prefix, suffix, start, end);
    }

    /** A new, unreviewed claim of the article, as the extractor drew it. */
    public static Claim drawnFrom(Article article, ExtractedClaim drawn) {
        Claim claim = new Claim();
        claim.article = article;
        claim.outlet = article.outlet;
        claim.published = article.published;
        claim.language = article.language;
        claim.redraw(drawn);
        return claim;
    }

    /**
     * Takes the extractor's reading of the claim: its place, sentence, kind, stance, speaker and topics. What reviewers
     * decided (status, disagreement) is theirs and stays.
     */
    public void redraw(ExtractedClaim drawn) {
        anchorAt(drawn.anchor());
        text = drawn.text();
        kind = drawn.kind();
        checkable = drawn.checkable();
        checkworthiness = drawn.checkworthiness();
        features = String.join(",", drawn.features());
        stance = drawn.stance();
        attributedTo = drawn.attributedTo();
        via = drawn.via();
        disputed = drawn.disputed();
        disputedReason = drawn.disputedReason();
        topics.clear();
        topics.addAll(drawn.topics());
        Set<String> drawnWords = SearchWords.of(text, language);
        if (!words.equals(drawnWords)) {
            words.clear();
            words.addAll(drawnWords);
        }
    }

    public void anchorAt(Anchor anchor) {
        start = anchor.start();
        end = anchor.end();
        exact = anchor.exact();
        prefix = anchor.prefix();
        suffix = anchor.suffix();
    }

    public static List<Claim> listForArticle(Article article) {
        return list("article = ?1 order by start", article);
    }

    /** This claim as history records a change to it: the claim and its article. */
    public History.Subject historySubject() {
        return History.Subject.claim(id, article.id);
    }
}
