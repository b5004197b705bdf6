package io.claimdesk.article;

import io.claimdesk.account.Account;
import io.claimdesk.extraction.Language;
import io.claimdesk.failure.FieldChecks;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.failure.StaleVersion;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.web.Params;
import io.claimdesk.web.WriteRaces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Editors correct article metadata. An edit names the version it was based on; a stale one changes nothing.
 * A value set by a person loses its "inferred from" evidence, and the claims' copies of outlet and date follow.
 */
@ApplicationScoped
public class ArticleEdits {

    /** The fields an edit may carry; a field sent as null or "" becomes unknown. */
    public static final Set<String> FIELDS = Set.of("title", "outlet", "author", "published", "url", "outletStance",
            "language");

    private final History history;
    private final Event<ArticleMetadataEdited> edited;
    private final Event<ArticleLanguageChanged> languageChanged;

    ArticleEdits(History history, Event<ArticleMetadataEdited> edited, Event<ArticleLanguageChanged> languageChanged) {
        this.edited = edited;
        this.languageChanged = languageChanged;
        this.history = history;
    }

    /**
     * Applies the changes, or answers {@link StaleVersion}: when the edit was based on an older version, and when
     * another save wrote the article between this edit's check and its write (the version column tells).
     */
    public void edit(long articleId, int basedOnVersion, Map<String, String> changes, Account editor) {
        try {
            QuarkusTransaction.joiningExisting().run(() -> change(articleId, basedOnVersion, changes, editor));
        } catch (RuntimeException e) {
            if (!WriteRaces.lostVersion(e)) {
                throw e;
            }
            throw QuarkusTransaction.requiringNew().call(() -> {
                Article stored = Article.findById(articleId);
                return stale(stored, basedOnVersion);
            });
        }
    }

    private void change(long articleId, int basedOnVersion, Map<String, String> changes, Account editor) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> new NotFound("There is no article " + articleId));
        for (String field : changes.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new Invalid(field, field + " cannot be edited; editable fields are " + FIELDS);
            }
        }
        if (article.version != basedOnVersion) {
            throw stale(article, basedOnVersion);
        }
        ArticleMetadata before = ArticleMetadata.of(article);
        apply(article, changes);
        ArticleMetadata after = ArticleMetadata.of(article);
        if (!before.equals(after)) {
            edited.fire(new ArticleMetadataEdited(article));
            history.record(Account.idOf(editor), HistoryAction.ARTICLE_EDITED, History.Subject.article(article.id), before, after);
            // Written here, not at the commit: a parallel save that got in first is then an exception caught above.
            Article.flush();
            if (!before.language().equals(after.language())) {
                languageChanged.fire(new ArticleLanguageChanged(article.id, Account.idOf(editor)));
            }
        }
    }

    private static void apply(Article article, Map<String, String> changes) {
        // Every wrong field is answered at once: the form shows each message beside its field.
        FieldChecks checks = new FieldChecks();
        String title = checks.value(() -> MetadataFields.title(changes.get("title")));
        String outlet = checks.value(() -> MetadataFields.outlet(changes.get("outlet")));
        String author = checks.value(() -> MetadataFields.author(changes.get("author")));
        LocalDate published = checks.value(() -> MetadataFields.published(changes.get("published")));
        String url = checks.value(() -> MetadataFields.url(changes.get("url")));
        OutletStance stance = checks.value(() -> Params.parseEnum("outletStance", changes.get("outletStance"), OutletStance.class));
        String language = checks.value(() -> MetadataFields.language(changes.get("language")));
        checks.refuseIfAny();
        if (changes.containsKey("title")) {
            article.title = title;
            article.titleEvidence = null;
        }
        if (changes.containsKey("author")) {
            article.author = author;
            article.authorEvidence = null;
        }
        if (changes.containsKey("published")) {
            article.published = published;
            article.publishedEvidence = null;
        }
        if (changes.containsKey("url")) {
            article.url = url;
        }
        if (changes.containsKey("language")) {
            // An article always has a language: one left empty is one nobody can tell.
            article.language = language == null ? Language.UND.code() : language;
        }
        if (changes.containsKey("outlet")) {
            article.outlet = outlet == null ? null : Outlet.named(outlet);
            article.outletEvidence = null;
        }
        if (changes.containsKey("outletStance")) {
            if (stance != null) {
                if (article.outlet == null) {
                    throw new Invalid("outletStance", "Name the outlet before setting its stance.");
                }
                article.outlet.stance = stance;
                article.outlet.stanceConfirmed = true;
                article.outlet.stanceEvidence = null;
            }
        }
    }

    /** Answered 409 with the stored version and metadata, so the editor can compare and apply the edit again. */
    private static StaleVersion stale(Article stored, int basedOnVersion) {
        return new StaleVersion("Article " + stored.id + " changed since version " + basedOnVersion
                + " (it is now at version " + stored.version + "); reload it and apply your edit again.",
                stored.version, ArticleMetadata.of(stored));
    }
}
