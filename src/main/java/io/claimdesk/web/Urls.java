package io.claimdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every page URL the app links to is built here, so templates never assemble paths; the claim list's URL for a whole
 * filter is built beside the filter's declaration (claim.ClaimListUrls), which this leaf package does not know.
 */
public final class Urls {

    private Urls() {
    }

    public static String claim(long claimId) {
        return "/claims/" + claimId;
    }

    public static String article(long articleId) {
        return "/articles/" + articleId;
    }

    /** The form action that runs the extractor again over the article. */
    public static String reextractArticle(long articleId) {
        return article(articleId) + "/reextract";
    }

    /** Where admins start a run of the extractor over every article (the form's action). */
    public static String reextractions() {
        return "/reextractions";
    }

    /** A corpus re-extraction's progress page. */
    public static String reextractionJob(long jobId) {
        return reextractions() + "/" + jobId;
    }

    /** A corpus re-extraction's progress as JSON. */
    public static String apiReextractionJob(long jobId) {
        return "/api" + reextractionJob(jobId);
    }

    public static String disableAccount(long accountId) {
        return "/admin/users/" + accountId + "/disable";
    }

    public static String resetPassword(long accountId) {
        return "/admin/users/" + accountId + "/password";
    }

    public static String apiArticle(long articleId) {
        return "/api/articles/" + articleId;
    }

    public static String apiClaim(long claimId) {
        return "/api/claims/" + claimId;
    }

    /** The claim's highlighted place in its article: the page shows the part of a long article that holds it. */
    public static String claimInArticle(long articleId, long claimId) {
        return article(articleId) + "?claim=" + claimId + "#" + claimFragment(claimId);
    }

    /** One part of a long article's text (the first is the article's page). */
    public static String articlePart(long articleId, int part) {
        return part <= 1 ? article(articleId) : article(articleId) + "?part=" + part;
    }

    public static String claimFragment(long claimId) {
        return "claim-" + claimId;
    }

    public static String articles(int page) {
        return page <= 1 ? "/articles" : "/articles?page=" + page;
    }

    /** A review queue's page. */
    public static String queue(io.claimdesk.review.QueueSpec queue) {
        return "/queue?" + queue.query();
    }

    /** Every claim the articles attribute to this speaker. */
    public static String claimsAttributedTo(String speaker) {
        return "/?attributedTo=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8);
    }

    /** Every claim of this outlet. */
    public static String claimsOfOutlet(String outlet) {
        return "/?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8);
    }
}
