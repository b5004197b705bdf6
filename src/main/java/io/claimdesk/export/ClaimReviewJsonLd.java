package io.claimdesk.export;

import io.claimdesk.article.ArticleSummary;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.web.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reviewed claim as a schema.org ClaimReview, using only schema.org names. The anchor and the article's SHA-256
 * travel as {@code PropertyValue} identifiers, so the quote can be found again in the exact stored text.
 */
final class ClaimReviewJsonLd {

    /** Rating scale: higher means better supported. */
    static final int BEST = 5;
    static final int WORST = 1;

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(ministry|department|government|forces|institute|agency|news|times|monitor|reuters|press|tv|"
                    + "foundation|international|committee|council|office|report|organization|organisation|initiative|"
                    + "magazine|portal|media|party|alliance|university|center|centre|bank|company)\\b");

    private ClaimReviewJsonLd() {
    }

    static Map<String, Object> of(ExportedClaim e, String deskName, String publicUrl) {
        ClaimRow c = e.claim();
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("url", publicUrl + Urls.claim(c.id()));
        review.put("identifier", "claim-" + c.id());
        review.put("claimReviewed", c.text());
        review.put("author", Map.of("@type", "Organization", "name", deskName));
        e.verdicts().stream().map(v -> v.createdAt().toString().substring(0, 10)).max(String::compareTo)
                .ifPresent(day -> review.put("datePublished", day));
        boolean corroborated = c.status() == ClaimStatus.CORROBORATED;
        review.put("reviewRating", Map.of("@type", "Rating", "ratingValue", corroborated ? BEST : WORST,
                "bestRating", BEST, "worstRating", WORST, "alternateName", corroborated ? "Corroborated" : "Contested"));
        review.put("reviewBody", e.verdicts().stream().map(CsvExportWriter::verdictLine).collect(Collectors.joining("\n")));
        review.put("itemReviewed", claim(c, e.article()));
        return review;
    }

    private static Map<String, Object> claim(ClaimRow c, ArticleSummary a) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("text", c.anchor().exact());
        // BCP 47, as schema.org asks: "und" is its own tag for a language nobody could tell.
        claim.put("inLanguage", c.language());
        String speaker = c.attributedTo() != null ? c.attributedTo() : c.outlet();
        if (speaker != null) {
            claim.put("author", Map.of("@type", ORGANISATION.matcher(speaker).find() || c.attributedTo() == null
                    ? "Organization" : "Person", "name", speaker));
        }
        if (c.published() != null) {
            claim.put("datePublished", c.published().toString());
        }
        if (!c.topics().isEmpty()) {
            claim.put("keywords", String.join(",", c.topics()));
        }
        claim.put("identifier", List.of(
                property("anchorExact", c.anchor().exact()), property("anchorPrefix", c.anchor().prefix()),
                property("anchorSuffix", c.anchor().suffix()), property("anchorStart", c.anchor().start()),
                property("anchorEnd", c.anchor().end()), property("claimStance", c.stance().name()),
                property("disputed", c.disputed())));
        claim.put("appearance", appearance(a));
        return claim;
    }

    private static Map<String, Object> appearance(ArticleSummary a) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("inLanguage", a.language());
        if (a.url() != null) {
            article.put("url", a.url());
        }
        if (a.title() != null) {
            article.put("headline", a.title());
        }
        if (a.published() != null) {
            article.put("datePublished", a.published().toString());
        }
        if (a.author() != null) {
            article.put("author", Map.of("@type", "Person", "name", a.author()));
        }
        if (a.outlet() != null) {
            article.put("publisher", Map.of("@type", "Organization", "name", a.outlet()));
        }
        List<Map<String, Object>> ids = new ArrayList<>();
        ids.add(property("sha256", a.sha256()));
        ids.add(property("articleId", a.id()));
        article.put("identifier", ids);
        return article;
    }

    private static Map<String, Object> property(String name, Object value) {
        return Map.of("@type", "PropertyValue", "propertyID", name, "value", value);
    }
}
