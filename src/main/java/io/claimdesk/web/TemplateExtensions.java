package io.claimdesk.web;

import io.claimdesk.article.ArticleSummary;
import io.claimdesk.article.ArticleText;
import io.claimdesk.claim.ClaimRow;
import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers templates call as properties, e.g. {@code {row.url}}; links come from {@link Urls}. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static String url(ClaimRow row) {
        return Urls.claim(row.id());
    }

    static String placeUrl(ClaimRow row) {
        return Urls.claimInArticle(row.articleId(), row.id());
    }

    static String articleUrl(ClaimRow row) {
        return Urls.article(row.articleId());
    }

    static String speakerUrl(ClaimRow row) {
        return Urls.claimsAttributedTo(row.attributedTo());
    }

    static String outletUrl(ClaimRow row) {
        return Urls.claimsOfOutlet(row.outlet());
    }

    static String editUrl(ArticleSummary article) {
        return Urls.article(article.id()) + "/edit";
    }

    static String reextractUrl(ArticleSummary article) {
        return Urls.reextractArticle(article.id());
    }

    static String pageUrl(ArticleSummary article) {
        return Urls.article(article.id());
    }

    static String url(ArticleText.Piece piece) {
        return Urls.claim(piece.claimId());
    }

    static String fragment(ArticleText.Piece piece) {
        return Urls.claimFragment(piece.claimId());
    }

    static String disableUrl(io.claimdesk.account.AccountJson account) {
        return Urls.disableAccount(account.id());
    }

    static String resetPasswordUrl(io.claimdesk.account.AccountJson account) {
        return Urls.resetPassword(account.id());
    }

    /** The UTC day of an instant, e.g. {@code 2026-11-23}. */
    static String day(java.time.Instant instant) {
        return instant.toString().substring(0, 10);
    }

    /** An instant as a reader sees it in a history: {@code 2026-11-23 14:05 UTC}. */
    static String minute(java.time.Instant instant) {
        return instant.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    static String editUrl(io.claimdesk.review.CommentRow comment) {
        return "/comments/" + comment.id() + "/edit";
    }

    static String deleteUrl(io.claimdesk.review.CommentRow comment) {
        return "/comments/" + comment.id() + "/delete";
    }

    /** A claim opened from a review queue, so that j / k step through that queue. */
    static String inQueue(ClaimRow row, io.claimdesk.review.QueueSpec queue) {
        return Urls.claim(row.id()) + "?" + queue.query();
    }

    /** Evidence is a URL or a claim id. */
    static boolean isLink(String evidence) {
        return evidence.startsWith("http://") || evidence.startsWith("https://");
    }

    static String claimEvidenceUrl(String claimId) {
        return Urls.claim(Long.parseLong(claimId));
    }

    /** Replies indent one step per level, up to four, so deep threads stay readable on a phone. */
    static int depthClass(int depth) {
        return Math.min(depth, 4);
    }

    static String exportUrl(io.claimdesk.export.SetSummary set, io.claimdesk.export.ExportFormat format) {
        return "/api/sets/" + set.id() + "/export?format=" + format.id();
    }

    static String removeFromSetUrl(ClaimRow row, long setId) {
        return "/sets/" + setId + "/claims/" + row.id() + "/remove";
    }

    static String display(LocalDate date) {
        return DAY.format(date);
    }

    /** A 0..1 score as a whole percentage. */
    static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    /** An enum constant as a CSS class or readable word: {@code NOT_SURE} → {@code not-sure}. */
    static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String label(Enum<?> value) {
        return value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A topic id as the taxonomy labels it ({@code military_cooperation} → "Military cooperation"). */
    static String topicLabel(String topicId) {
        return io.claimdesk.article.DeskTopics.label(topicId);
    }
}
