package io.claimdesk.web;

import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimSort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Every page URL the app links to is built here, so templates never assemble paths. */
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

    /** The claim list showing this filter; defaults (first page, newest first, default size) are left out. */
    public static String claimList(ClaimFilter f, int defaultSize) {
        Map<String, String> params = filterParams(f);
        if (f.sort() != ClaimSort.NEWEST) {
            params.put("sort", f.sort().param);
        }
        if (f.page() > 1) {
            params.put("page", String.valueOf(f.page()));
        }
        if (f.size() != defaultSize) {
            params.put("size", String.valueOf(f.size()));
        }
        if (f.after() != null) {
            params.put("after", f.after().param());
        }
        return params.isEmpty() ? "/" : "/?" + query(params);
    }

    /** The export of everything the filter matches, in a format. */
    public static String claimExport(ClaimFilter f, String format) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("format", format);
        params.putAll(filterParams(f));
        return "/api/claims/export?" + query(params);
    }

    /** The filter's narrowing parameters (no paging or order), as the list's query parameters name them. */
    public static Map<String, String> filterParams(ClaimFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        add(params, "article", f.article());
        add(params, "status", f.status());
        add(params, "topic", f.topic());
        add(params, "outlet", f.outlet());
        add(params, "stance", f.stance());
        add(params, "disputed", f.disputed());
        add(params, "kind", f.kind());
        add(params, "checkable", f.checkable());
        add(params, "attributedTo", f.attributedTo());
        add(params, "q", f.q());
        add(params, "reviewersDisagree", f.reviewersDisagree());
        add(params, "orphaned", f.orphaned());
        add(params, "outletStance", f.outletStance());
        add(params, "publishedFrom", f.publishedFrom());
        add(params, "publishedTo", f.publishedTo());
        add(params, "undated", f.undated());
        return params;
    }

    /** The filter's narrowing parameters as a query string ({@code topic=…&disputed=true}), "" for none. */
    public static String filterQuery(ClaimFilter f) {
        return query(filterParams(f));
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void add(Map<String, String> params, String name, Object value) {
        if (value != null) {
            params.put(name, value.toString());
        }
    }
}
