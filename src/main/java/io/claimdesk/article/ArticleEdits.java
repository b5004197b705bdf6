package io.claimdesk.article;

import io.claimdesk.account.Account;
import io.claimdesk.claim.Claim;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.web.InvalidInputException;
import io.claimdesk.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Editors correct article metadata. An edit names the version it was based on; a stale one changes nothing.
 * A value set by a person loses its "inferred from" evidence, and the claims' copies of outlet and date follow.
 */
@ApplicationScoped
public class ArticleEdits {

    /** The fields an edit may carry; a field sent as null or "" becomes unknown. */
    public static final Set<String> FIELDS = Set.of("title", "outlet", "author", "published", "url", "outletStance");

    private final History history;

    ArticleEdits(History history) {
        this.history = history;
    }

    @Transactional
    public Article edit(long articleId, int basedOnVersion, Map<String, String> changes, Account editor) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> new NotFoundException("There is no article " + articleId));
        for (String field : changes.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException(field, field + " cannot be edited; editable fields are " + FIELDS);
            }
        }
        if (article.version != basedOnVersion) {
            throw new StaleEditException(articleId, basedOnVersion, article.version, ArticleMetadata.of(article));
        }
        ArticleMetadata before = ArticleMetadata.of(article);
        apply(article, changes);
        ArticleMetadata after = ArticleMetadata.of(article);
        if (!before.equals(after)) {
            Claim.update("outlet = ?1, published = ?2 where article = ?3", article.outlet, article.published, article);
            history.record(editor, HistoryAction.ARTICLE_EDITED, History.Subject.article(article), before, after);
        }
        return article;
    }

    private static void apply(Article article, Map<String, String> changes) {
        if (changes.containsKey("title")) {
            article.title = text(changes.get("title"));
            article.titleEvidence = null;
        }
        if (changes.containsKey("author")) {
            article.author = text(changes.get("author"));
            article.authorEvidence = null;
        }
        if (changes.containsKey("published")) {
            article.published = date(changes.get("published"));
            article.publishedEvidence = null;
        }
        if (changes.containsKey("url")) {
            article.url = url(changes.get("url"));
        }
        if (changes.containsKey("outlet")) {
            String outlet = text(changes.get("outlet"));
            article.outlet = outlet == null ? null : Outlet.named(outlet);
            article.outletEvidence = null;
        }
        if (changes.containsKey("outletStance")) {
            OutletStance stance = Params.parseEnum("outletStance", changes.get("outletStance"), OutletStance.class);
            if (stance != null) {
                if (article.outlet == null) {
                    throw new InvalidInputException("outletStance", "Name the outlet before setting its stance.");
                }
                article.outlet.stance = stance;
                article.outlet.stanceConfirmed = true;
                article.outlet.stanceEvidence = null;
            }
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        String v = text(value);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("published", "published must be a date like 2024-05-29, not '" + v + "'");
        }
    }

    private static String url(String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            URI uri = URI.create(v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidInputException("url", "url must be an http(s) address, not '" + v + "'");
    }
}
