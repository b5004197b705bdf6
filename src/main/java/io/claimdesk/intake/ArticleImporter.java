package io.claimdesk.intake;

import io.claimdesk.article.Article;
import io.claimdesk.article.ArticleImported;
import io.claimdesk.article.ArticleMetadata;
import io.claimdesk.article.ArticleSegment;
import io.claimdesk.article.ArticleSnapshot;
import io.claimdesk.article.ArticleText;
import io.claimdesk.article.ImportPreview;
import io.claimdesk.article.Inferred;
import io.claimdesk.article.InferredMetadata;
import io.claimdesk.article.MetadataFields;
import io.claimdesk.article.Extractors;
import io.claimdesk.article.NewArticle;
import io.claimdesk.article.Outlet;
import io.claimdesk.article.OutletDomain;
import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.Claim;
import io.claimdesk.extraction.Language;
import io.claimdesk.extraction.LanguageDetector;
import io.claimdesk.extraction.ExtractedClaim;
import io.claimdesk.extraction.Extraction;
import io.claimdesk.extraction.Segment;
import io.claimdesk.failure.Duplicate;
import io.claimdesk.failure.Invalid;
import io.claimdesk.fetch.Fetched;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.claimdesk.web.Urls;
import io.claimdesk.web.WriteRaces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import io.claimdesk.article.ImportPreview.Value;

/**
 * The one way an article enters the desk (seeds, form, upload, API): store the text exactly as given,
 * infer the metadata it states, draw its claims — all in one transaction, so an import is whole or absent.
 */
@ApplicationScoped
public class ArticleImporter {

    private final Extractors extractors;
    private final LanguageDetector detector;
    private final Event<ArticleImported> imported;
    private final History history;

    ArticleImporter(Extractors extractors, LanguageDetector detector, Event<ArticleImported> imported, History history) {
        this.extractors = extractors;
        this.detector = detector;
        this.imported = imported;
        this.history = history;
    }

    /** What the history keeps of an import: the metadata it stored, how many claims it drew, where it came from. */
    record ImportRecord(ArticleMetadata metadata, long claims, String source) {
    }

    /** The outlet's stance before an editor's stance given with the import replaced it. */
    record StanceReplaced(OutletStance outletStance, boolean stanceConfirmed) {
    }

    /**
     * Imports a page fetched from its link, with what was fetched kept beside it, in one transaction: the article is
     * stored with its snapshot or not at all.
     */
    @Transactional
    public Article importFetched(NewArticle given, Fetched fetched, Long importerId) {
        // Its link is the page's canonical URL without tracking parameters (Intake): the same story shared again,
        // even when the outlet has edited it since, is the article stored already.
        if (given.url() != null) {
            Article.<Article>find("url = ?1 order by id", given.url()).firstResultOptional().ifPresent(stored -> {
                throw new Duplicate("duplicate article", "This link is already stored as article " + stored.id
                        + ": open it, or fetch it again from its page.", stored.id, Urls.apiArticle(stored.id));
            });
        }
        Article article = importArticle(given, importerId);
        ArticleSnapshot.of(article, fetched).persist();
        return article;
    }

    /**
     * Imports as this account ({@code null}: the desk itself, e.g. the seeds). The history names who imported, and
     * an outlet stance the import replaced, so an editor's earlier stance never changes without a trace.
     */
    @Transactional
    public Article importArticle(NewArticle given, Long importerId) {
        String sha256 = sha256(given.text());
        Article.findBySha256(sha256).ifPresent(stored -> {
            throw duplicate(stored.id);
        });

        Article article = new Article();
        article.sha256 = sha256;
        article.text = given.text();
        article.url = MetadataFields.url(given.url());
        article.sourceName = MetadataFields.cut(given.sourceName(), MetadataFields.SOURCE_NAME_CHARS);
        article.importedAt = Instant.now();
        article.language = language(given);
        applyMetadata(article, given, extractors.metadataFor(article.language)
                .infer(given.text(), given.url(), OutletDomain.names()));
        StanceReplaced replaced = null;
        if (given.outletStance() != null) {
            if (article.outlet == null) {
                throw new Invalid("outletStance", "Name the outlet to set its stance: the text does not say which it is.");
            }
            if (article.outlet.stance != given.outletStance() || !article.outlet.stanceConfirmed) {
                replaced = new StanceReplaced(article.outlet.stance, article.outlet.stanceConfirmed);
            }
            article.outlet.stance = given.outletStance();
            article.outlet.stanceConfirmed = true;
            article.outlet.stanceEvidence = null;
        }
        // Drawn before the article's row is written, so a parallel import of the same text waits on that row briefly.
        Extraction extraction = extractors.forLanguage(article.language).extract(given.text());
        article.lead = extraction.lead();
        article.stanceSuggestion = OutletStance.valueOf(extraction.outletStance().stance());
        article.stanceEvidence = extraction.outletStance().evidence().isEmpty() ? null
                : MetadataFields.cut(String.join(" · ", extraction.outletStance().evidence()), MetadataFields.EVIDENCE_CHARS);
        article.persist();
        try {
            // Written now rather than at the commit, so that losing the race to store this text is known here.
            Article.flush();
        } catch (RuntimeException e) {
            throw WriteRaces.lostUniqueValue(e) ? storedMeanwhile(sha256, e) : e;
        }
        OutletDomain.remember(article.url, article.outlet);

        if (article.outlet != null) {
            article.outlet.suggestStanceFrom(article);
        }
        for (Segment segment : extraction.segments()) {
            ArticleSegment.of(article, segment).persist();
        }
        for (ExtractedClaim drawn : extraction.claims()) {
            Claim.drawnFrom(article, drawn).persist();
        }
        history.record(importerId, HistoryAction.ARTICLE_IMPORTED,
                History.Subject.article(article.id), replaced,
                new ImportRecord(ArticleMetadata.of(article), extraction.claims().size(), given.sourceName()));
        article.bodySha256 = bodySha256(given.text(), extraction.segments());
        article.repostOf = Article.<Article>find("bodySha256 = ?1 and id <> ?2 order by id", article.bodySha256, article.id)
                .firstResultOptional().orElse(null);
        imported.fire(new ArticleImported(article.id));
        return article;
    }

    /**
     * Two imports of one text both found it absent; the other stored it first. Its id is read in a transaction of its
     * own, this one being lost; when it cannot be seen yet, the unique-value refusal itself answers 409.
     */
    private static RuntimeException storedMeanwhile(String sha256, RuntimeException lost) {
        Long id = QuarkusTransaction.requiringNew().call(() -> Article.findBySha256(sha256).map(a -> a.id).orElse(null));
        return id == null ? lost : duplicate(id);
    }

    /** Answered 409 pointing at the stored article; an import carries on with its id. */
    private static Duplicate duplicate(long existingId) {
        return new Duplicate("duplicate article", "This text is already stored as article " + existingId, existingId,
                Urls.apiArticle(existingId));
    }

    /** What {@link #importArticle} would store for this input, without storing anything. */
    @Transactional
    public ImportPreview preview(NewArticle given) {
        String language = language(given);
        InferredMetadata inferred = merged(given, extractors.metadataFor(language)
                .infer(given.text(), given.url(), OutletDomain.names()));
        Extraction extraction = extractors.forLanguage(language).extract(given.text());
        int furniture = (int) extraction.segments().stream().filter(Segment::furniture).count();
        Value<String> outlet = value(Chosen.of(given.outlet(), inferred.outlet()));
        Value<String> author = value(Chosen.of(given.author(), inferred.author()));
        Value<LocalDate> published = value(Chosen.of(given.published(), inferred.published()));
        return new ImportPreview(given.text(), value(Chosen.of(given.title(), inferred.title())), outlet, author,
                published, extraction.claims(), furniture,
                outlet.value() == null ? distinct(inferred.outletCandidates()) : List.of(),
                author.value() == null ? distinct(inferred.authorCandidates()) : List.of(),
                published.value() == null ? distinct(inferred.publishedCandidates()) : List.of(),
                Language.stored(language), given.language() == null);
    }

    /** The language a person gave, else the one the text's prose is written in. */
    private String language(NewArticle given) {
        return given.language() != null ? given.language() : detector.detect(given.text()).code();
    }

    /** Each candidate value once, with the first words it came from. */
    private static <T> List<Value<T>> distinct(List<Inferred<T>> candidates) {
        java.util.Map<T, Value<T>> byValue = new java.util.LinkedHashMap<>();
        for (Inferred<T> c : candidates) {
            byValue.putIfAbsent(c.value(), new Value<>(c.value(), c.evidence()));
        }
        return List.copyOf(byValue.values());
    }

    private static <T> Value<T> value(Chosen<T> chosen) {
        return new Value<>(chosen.value, chosen.evidence);
    }

    @Transactional
    public long claimCount(long articleId) {
        return Claim.count("article.id", articleId);
    }

    /** The article this one reposts, if it does. */
    @Transactional
    public Long repostOf(long articleId) {
        Article article = Article.findById(articleId);
        return article == null || article.repostOf == null ? null : article.repostOf.id;
    }

    /** The body segments' words in order, case and spacing folded: the same story through another site's page. */
    static String bodySha256(String text, List<Segment> segments) {
        ArticleText indexed = ArticleText.of(text);
        StringBuilder body = new StringBuilder();
        for (Segment s : segments) {
            if (!s.furniture()) {
                body.append(indexed.slice(s.start(), s.end())).append('\n');
            }
        }
        return sha256(body.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }

    @Transactional
    public boolean isStored(String text) {
        return Article.findBySha256(sha256(text)).isPresent();
    }

    /** What the upload said about itself (a page's meta tags) wins over what the text suggests. */
    private static InferredMetadata merged(NewArticle given, InferredMetadata fromText) {
        InferredMetadata hints = given.hints() == null ? null : given.hints().storable();
        InferredMetadata text = fromText.storable();
        return hints == null ? text : new InferredMetadata(
                either(hints.title(), text.title()), either(hints.author(), text.author()),
                either(hints.published(), text.published()), either(hints.outlet(), text.outlet()),
                text.authorCandidates(), text.publishedCandidates(), text.outletCandidates());
    }

    /**
     * Given values win; otherwise the inferred value with its evidence; otherwise unknown. Given values are checked
     * here too, for the callers that build a {@link NewArticle} without the intake (the seeds).
     */
    private static void applyMetadata(Article article, NewArticle given, InferredMetadata fromText) {
        InferredMetadata inferred = merged(given, fromText);
        Chosen<String> title = Chosen.of(MetadataFields.title(given.title()), inferred.title());
        article.title = title.value;
        article.titleEvidence = title.evidence;
        Chosen<String> author = Chosen.of(MetadataFields.author(given.author()), inferred.author());
        article.author = author.value;
        article.authorEvidence = author.evidence;
        Chosen<LocalDate> published = Chosen.of(MetadataFields.published(given.published()), inferred.published());
        article.published = published.value;
        article.publishedEvidence = published.evidence;
        Chosen<String> outlet = Chosen.of(MetadataFields.outlet(given.outlet()), inferred.outlet());
        article.outlet = outlet.value == null ? null : Outlet.named(outlet.value);
        article.outletEvidence = outlet.evidence;
    }

    private static <T> Inferred<T> either(Inferred<T> first, Inferred<T> second) {
        return first != null ? first : second;
    }

    /** A metadata value and, when it was inferred rather than given, the words it was inferred from. */
    private record Chosen<T>(T value, String evidence) {
        static <T> Chosen<T> of(T given, Inferred<T> inferred) {
            if (given != null) {
                return new Chosen<>(given, null);
            }
            return inferred == null ? new Chosen<>(null, null) : new Chosen<>(inferred.value(), inferred.evidence());
        }
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
