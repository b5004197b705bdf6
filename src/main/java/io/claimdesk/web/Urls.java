package io.claimdesk.web;

import io.quarkus.qute.TemplateData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The route table: every path the app serves or links to is spelled here once. Resources build their
 * {@code @Path} from the constants; links are a constant when fixed and a method when an id or value goes in. Templates
 * reach both through the {@code url:} namespace ({@code {url:SETS}}, {@code {url:claim(row.id)}}), which Qute checks
 * at build time, also in layout and tags: a misspelt route or a wrong argument fails the build instead of giving a
 * dead link.
 * The claim list's URL for a whole filter is built beside the filter's declaration ({@code claim.ClaimListUrls}).
 */
@TemplateData(namespace = "url")
public final class Urls {

    // Collections, as a resource class's @Path names them.
    public static final String HOME = "/";
    public static final String CLAIMS = "/claims";
    public static final String ARTICLES = "/articles";
    public static final String QUEUE = "/queue";
    public static final String DASHBOARD = "/dashboard";
    public static final String CONFLICTS = "/conflicts";
    public static final String RELATIONS = "/relations";
    public static final String COMMENTS = "/comments";
    public static final String SETS = "/sets";
    public static final String IMPORTS = "/imports";
    public static final String REEXTRACTIONS = "/reextractions";
    public static final String HISTORY = "/history";
    public static final String TOKENS = "/tokens";
    public static final String USERS = "/users";
    public static final String ADMIN = "/admin";
    public static final String ACCOUNT = "/account";
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    public static final String PING = "/ping";
    /** The JSON API's prefix, before a collection: {@code API + CLAIMS}. */
    public static final String API = "/api";
    /** Where the sign-in form posts; Quarkus' form authentication answers it (its post-location). */
    public static final String SIGN_IN_CHECK = "/j_security_check";

    // One member of a collection and what can be done to it. A method's @Path is relative to its class's
    // (JAX-RS ignores the leading slash), so these join either way: @Path(ID + EDIT), @Path(CLAIMS + ID + VERDICTS).
    public static final String ID = "/{id}";
    public static final String CLAIM_ID = "/{claimId}";
    public static final String COMMENT_ID = "/{commentId}";
    public static final String NEW = "/new";
    public static final String LINK = "/link";
    public static final String EDIT = "/edit";
    public static final String DELETE = "/delete";
    public static final String DISABLE = "/disable";
    public static final String PASSWORD = "/password";
    public static final String REEXTRACT = "/reextract";
    public static final String PROGRESS = "/progress";
    public static final String VERDICTS = "/verdicts";
    public static final String SETTLEMENT = "/settlement";
    public static final String THRESHOLD = "/threshold";
    public static final String DECISION = "/decision";
    public static final String REMOVE = "/remove";
    public static final String EXPORT = "/export";
    public static final String MATCHING = "/matching";
    public static final String RERUN = "/rerun";
    public static final String ORPHAN_RESOLVE = "/orphan/resolve";
    /** The n-th page fetched for an article (the first fetch is 1), as the site sent it. */
    public static final String SNAPSHOT = "/snapshots/{n}";

    // Fixed pages and form actions that a link or @Path names whole; templates read them as {url:ACCOUNTS}.
    public static final String NEW_ARTICLE = ARTICLES + NEW;
    /** Where the import page's link form posts: the page behind the link is fetched and imported. */
    public static final String NEW_ARTICLE_LINK = NEW_ARTICLE + LINK;
    public static final String ACCOUNTS = ADMIN + USERS;
    /** Where a signed-in person changes their own password. */
    public static final String OWN_PASSWORD = ACCOUNT + PASSWORD;
    /** Where a signed-in person chooses the language of the desk's pages. */
    public static final String OWN_LANGUAGE = ACCOUNT + "/language";
    public static final String CONFLICT_THRESHOLD = CONFLICTS + THRESHOLD;
    /** Where a claim's page adds the claim to a chosen set. */
    public static final String SET_MEMBERS = SETS + CLAIMS;
    /** The claims a re-extraction left without a place in their article's text. */
    public static final String ORPHANED_CLAIMS = HOME + "?orphaned=true";

    // Stylesheets and scripts: the app's own from META-INF/resources, the libraries' from their webjars.
    public static final String PICO_CSS = "/webjars/picocss__pico/css/pico.min.css";
    public static final String HTMX_JS = "/webjars/htmx.org/dist/htmx.min.js";
    public static final String APP_CSS = "/css/app.css";
    public static final String DASHBOARD_CSS = "/css/dashboard.css";
    public static final String DESK_JS = "/js/desk.js";

    private Urls() {
    }

    public static String claim(long claimId) {
        return member(CLAIMS, claimId);
    }

    public static String claimFragment(long claimId) {
        return "claim-" + claimId;
    }

    /** The claim's highlighted place in its article: the page shows the part of a long article that holds it. */
    public static String claimInArticle(long articleId, long claimId) {
        return article(articleId) + "?claim=" + claimId + "#" + claimFragment(claimId);
    }

    /** A claim opened from a review queue, so that j / k step through that queue. */
    public static String claimInQueue(long claimId, String queueQuery) {
        return claim(claimId) + "?" + queueQuery;
    }

    /** A claim named as evidence by its id, as a verdict stores it. */
    public static String evidenceClaim(String claimId) {
        return claim(Long.parseLong(claimId));
    }

    public static String apiClaim(long claimId) {
        return API + claim(claimId);
    }

    /** Every claim the articles attribute to this speaker. */
    public static String claimsAttributedTo(String speaker) {
        return HOME + "?attributedTo=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8);
    }

    /** Every claim of this outlet. */
    public static String claimsOfOutlet(String outlet) {
        return HOME + "?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8);
    }

    public static String verdicts(long claimId) {
        return claim(claimId) + VERDICTS;
    }

    public static String settlement(long claimId) {
        return claim(claimId) + SETTLEMENT;
    }

    public static String comments(long claimId) {
        return claim(claimId) + COMMENTS;
    }

    public static String editComment(long commentId) {
        return member(COMMENTS, commentId) + EDIT;
    }

    public static String deleteComment(long commentId) {
        return member(COMMENTS, commentId) + DELETE;
    }

    /** A review queue's page, from the queue's query ({@code queue=…&qtopic=…}). */
    public static String queue(String queueQuery) {
        return QUEUE + "?" + queueQuery;
    }

    public static String article(long articleId) {
        return member(ARTICLES, articleId);
    }

    /** One part of a long article's text (the first is the article's page). */
    public static String articlePart(long articleId, int part) {
        return part <= 1 ? article(articleId) : article(articleId) + "?part=" + part;
    }

    /** The bytes of an article's n-th fetch, downloaded as a file. */
    public static String articleSnapshot(long articleId, int n) {
        return article(articleId) + "/snapshots/" + n;
    }

    public static String editArticle(long articleId) {
        return article(articleId) + EDIT;
    }

    /** The form action that runs the extractor again over the article. */
    public static String reextractArticle(long articleId) {
        return article(articleId) + REEXTRACT;
    }

    public static String apiArticle(long articleId) {
        return API + article(articleId);
    }

    public static String articles(int page) {
        return page <= 1 ? ARTICLES : ARTICLES + "?page=" + page;
    }

    public static String importJob(long jobId) {
        return member(IMPORTS, jobId);
    }

    public static String apiImportJob(long jobId) {
        return API + importJob(jobId);
    }

    /** A corpus re-extraction's progress page. */
    public static String reextractionJob(long jobId) {
        return member(REEXTRACTIONS, jobId);
    }

    /** The part of a re-extraction's page that htmx polls while the run goes on. */
    public static String reextractionProgress(long jobId) {
        return reextractionJob(jobId) + PROGRESS;
    }

    /** A corpus re-extraction's progress as JSON. */
    public static String apiReextractionJob(long jobId) {
        return API + reextractionJob(jobId);
    }

    /** The weaker conflicts after a page's last one. */
    public static String conflictsBefore(String before) {
        return CONFLICTS + "?before=" + before;
    }

    /** Where a reviewer confirms or rejects a suggested relation. */
    public static String relationDecision(long relationId) {
        return member(RELATIONS, relationId) + DECISION;
    }

    public static String set(long setId) {
        return member(SETS, setId);
    }

    public static String removeFromSet(long setId, long claimId) {
        return set(setId) + claim(claimId) + REMOVE;
    }

    public static String apiSet(long setId) {
        return API + set(setId);
    }

    /** A set's export in a format ({@code csv}, {@code json}, …). */
    public static String setExport(long setId, String format) {
        return apiSet(setId) + EXPORT + "?format=" + format;
    }

    public static String disableAccount(long accountId) {
        return member(ACCOUNTS, accountId) + DISABLE;
    }

    public static String resetPassword(long accountId) {
        return member(ACCOUNTS, accountId) + PASSWORD;
    }

    public static String apiAccount(long accountId) {
        return API + member(USERS, accountId);
    }

    /** The member of a collection that {@link #ID} stands for in its @Path. */
    private static String member(String collection, long id) {
        return collection + "/" + id;
    }
}
