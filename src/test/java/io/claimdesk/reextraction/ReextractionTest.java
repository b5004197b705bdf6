package io.claimdesk.reextraction;

import io.claimdesk.FormSession;
import io.claimdesk.TestArticles;
import io.claimdesk.TestJobs;
import io.claimdesk.TestMatching;
import io.claimdesk.TestUsers;
import io.claimdesk.account.Account;
import io.claimdesk.article.Article;
import io.claimdesk.claim.Claim;
import io.claimdesk.job.Jobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static io.claimdesk.TestUsers.asAdmin;
import static io.claimdesk.TestUsers.asReviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReextractionTest {

    @Inject
    TestArticles articles;

    @Inject
    Jobs jobs;

    @Inject
    Reextraction reextraction;

    Article threeClaims(String label) {
        return articles.create(TestArticles.uniqueOutlet(label), LocalDate.of(2023, 6, 1),
                TestArticles.DRONES, TestArticles.PASSPORTS, TestArticles.TRADE);
    }

    static List<Integer> claimIds(long articleId) {
        return asReviewer().get("/api/claims?article=" + articleId + "&size=200").then().statusCode(200)
                .extract().path("items.id");
    }

    static long dronesClaim(long articleId) {
        return asReviewer().get("/api/claims?article=" + articleId + "&q=drones").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
    }

    static JsonPath claim(long id) {
        return asReviewer().get("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath reextract(String editor, long articleId) {
        return as(editor).contentType(ContentType.JSON).post("/api/articles/" + articleId + "/reextract").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    static void verdict(String reviewer, long claimId) {
        as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("verdict", "CORROBORATED", "rationale", "The ministry's release says so.", "attribution", "ACCURATE"))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);
    }

    static void comment(String reviewer, long claimId, String body) {
        as(reviewer).contentType(ContentType.JSON).body(Map.of("body", body))
                .post("/api/claims/" + claimId + "/comments").then().statusCode(201);
    }

    /** The stored text's code points [start, end), as anchors count them. */
    static String quoteAt(long articleId, int start, int end) {
        String text = asReviewer().get("/api/articles/" + articleId).then().extract().path("text");
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void anArticleGoneBeforeARunReachesItIsNoErrorForTheRunAnd404ForAnEditor() {
        long gone = Long.MAX_VALUE;
        assertTrue(reextraction.reextractLinkingLater(gone, 1).isEmpty(), "a corpus run passes over a deleted article");
        as(TestUsers.newUser("editor")).contentType(ContentType.JSON).post("/api/articles/" + gone + "/reextract")
                .then().statusCode(404).body("error", equalTo("not found"))
                .body("detail", equalTo("There is no article " + gone));
    }

    @Test
    void reextractionKeepsAReviewedClaimsVerdictAndComments() {
        Article article = threeClaims("Reextract");
        List<Integer> before = claimIds(article.id);
        long reviewed = dronesClaim(article.id);
        String reviewer = TestUsers.newUser("reviewer");
        verdict(reviewer, reviewed);
        comment(reviewer, reviewed, "Checked against the ministry's release of 6 May.");

        JsonPath summary = reextract(TestUsers.newUser("editor"), article.id);
        assertEquals(1, summary.getInt("kept"));
        assertEquals(0, summary.getInt("orphaned"));
        assertEquals(before.size() - 1, summary.getInt("removed"));
        assertEquals(before.size() - 1, summary.getInt("added"));

        JsonPath json = claim(reviewed);
        assertEquals("CORROBORATED", json.getString("status"));
        assertEquals("The ministry's release says so.", json.getString("verdicts[0].rationale"));
        assertEquals(reviewer, json.getString("verdicts[0].reviewer"));
        assertEquals("Checked against the ministry's release of 6 May.", json.getString("comments[0].body"));
        assertTrue(json.getList("history.action").containsAll(List.of("VERDICT_GIVEN", "COMMENT_ADDED")));
        assertFalse(json.getBoolean("orphaned"));
        assertEquals(json.getString("anchor.exact"), quoteAt(article.id, json.getInt("anchor.start"), json.getInt("anchor.end")));
        assertTrue(json.getString("anchor.exact").contains("12 drones"));

        List<Integer> after = claimIds(article.id);
        assertEquals(before.size(), after.size(), "the same text gives the same claims");
        assertTrue(after.contains((int) reviewed));
        asAdmin().get("/api/history?action=ARTICLE_REEXTRACTED&size=200").then().statusCode(200)
                .body("items.articleId", hasItem(article.id.intValue()));
    }

    @Test
    void aReviewedClaimWhoseQuoteIsGoneIsKeptAsAnOrphan() {
        Article article = threeClaims("Orphan");
        int claimsBefore = claimIds(article.id).size();
        long reviewed = dronesClaim(article.id);
        String reviewer = TestUsers.newUser("reviewer");
        verdict(reviewer, reviewed);
        // Stored texts never change, so stand in for a text that moved by giving the claim words the text lacks.
        QuarkusTransaction.requiringNew().run(() -> {
            Claim c = Claim.findById(reviewed);
            c.exact = "Quartz unicorns negotiated zeppelin tariffs beyond Saturn.";
            c.prefix = "nowhere in this article ";
            c.suffix = " nor anywhere else";
        });

        String editor = TestUsers.newUser("editor");
        JsonPath summary = reextract(editor, article.id);
        assertEquals(1, summary.getInt("orphaned"));
        assertEquals(claimsBefore, summary.getInt("added"), "the drones sentence is drawn again as a new claim");

        JsonPath json = claim(reviewed);
        assertTrue(json.getBoolean("orphaned"));
        assertEquals("CORROBORATED", json.getString("status"));
        assertEquals(1, json.getList("verdicts").size());
        assertTrue(json.getList("history.action").contains("CLAIM_ORPHANED"));
        asReviewer().get("/api/claims?orphaned=true&article=" + article.id).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) reviewed))
                .body("items[0].orphaned", equalTo(true));
        assertEquals(claimsBefore + 1, claimIds(article.id).size(), "never silently dropped");
        asReviewer().get("/claims/" + reviewed).then().statusCode(200)
                .body(containsString("This claim is orphaned"))
                .body(containsString("Quartz unicorns negotiated zeppelin tariffs beyond Saturn."));
        asReviewer().get("/articles/" + article.id).then().statusCode(200)
                .body(containsString("Orphaned claims (1)"))
                .body(containsString("href=\"/claims/" + reviewed + "\""));

        asReviewer().contentType(ContentType.JSON).body(Map.of("action", "dismiss"))
                .post("/api/claims/" + reviewed + "/orphan/resolve").then().statusCode(403);
        as(editor).contentType(ContentType.JSON).body(Map.of("action", "delete"))
                .post("/api/claims/" + reviewed + "/orphan/resolve").then().statusCode(400);
        as(editor).contentType(ContentType.JSON).body(Map.of("action", "dismiss"))
                .post("/api/claims/" + reviewed + "/orphan/resolve").then().statusCode(200)
                .body("orphaned", equalTo(false)).body("status", equalTo("CORROBORATED"));
        as(editor).contentType(ContentType.JSON).body(Map.of("action", "dismiss"))
                .post("/api/claims/" + reviewed + "/orphan/resolve").then().statusCode(409);
        assertTrue(claim(reviewed).getList("history.action").contains("ORPHAN_RESOLVED"));
        asReviewer().get("/api/claims?orphaned=true&article=" + article.id).then().body("total", equalTo(0));

        // Dismissed, it is still nowhere in the text: the next run marks it again rather than dropping it.
        assertEquals(1, reextract(editor, article.id).getInt("orphaned"));
        assertTrue(claim(reviewed).getBoolean("orphaned"));
    }

    @Test
    void aReviewedClaimWithShiftedOffsetsIsReanchoredToItsQuote() {
        Article article = threeClaims("Shifted");
        long reviewed = dronesClaim(article.id);
        JsonPath was = claim(reviewed);
        int start = was.getInt("anchor.start");
        int end = was.getInt("anchor.end");
        comment(TestUsers.newUser("reviewer"), reviewed, "Which ministry?");
        QuarkusTransaction.requiringNew().run(() -> {
            Claim c = Claim.findById(reviewed);
            c.start += 3;
            c.end += 3;
        });

        JsonPath summary = reextract(TestUsers.newUser("editor"), article.id);
        assertEquals(1, summary.getInt("reanchored"));
        assertEquals(0, summary.getInt("orphaned"));

        JsonPath json = claim(reviewed);
        assertEquals(start, json.getInt("anchor.start"));
        assertEquals(end, json.getInt("anchor.end"));
        assertEquals(was.getString("anchor.exact"), json.getString("anchor.exact"));
        assertEquals(json.getString("anchor.exact"), quoteAt(article.id, start, end));
        assertEquals("Which ministry?", json.getString("comments[0].body"));
        assertTrue(json.getList("history.action").contains("CLAIM_REANCHORED"));
    }

    @Test
    void aSlightlyRewordedQuoteIsMatchedFuzzily() {
        Article article = threeClaims("Fuzzy");
        long reviewed = dronesClaim(article.id);
        verdict(TestUsers.newUser("reviewer"), reviewed);
        QuarkusTransaction.requiringNew().run(() -> {
            Claim c = Claim.findById(reviewed);
            c.exact = c.exact.replace("April 2020", "May 2020");
        });

        JsonPath summary = reextract(TestUsers.newUser("editor"), article.id);
        assertEquals(1, summary.getInt("fuzzy"));
        JsonPath json = claim(reviewed);
        assertTrue(json.getString("anchor.exact").contains("April 2020"));
        assertEquals("CORROBORATED", json.getString("status"));
    }

    @Test
    void theArticlePageButtonReextractsAndComesBack() {
        Article article = threeClaims("Button");
        String editor = TestUsers.newUser("editor");
        FormSession form = FormSession.open("/articles/" + article.id, () -> as(editor));
        assertTrue(as(editor).get("/articles/" + article.id).asString().contains("/articles/" + article.id + "/reextract"));
        form.post("/articles/" + article.id + "/reextract", Map.of()).then().statusCode(303)
                .header("Location", containsString("/articles/" + article.id + "?done=reextracted"));
        as(editor).get("/articles/" + article.id + "?done=reextracted").then().statusCode(200)
                .body(containsString("The extractor ran again over this text"))
                .body(containsString("Article reextracted"));
    }

    @Test
    void onlyEditorsReextractAnArticleAndOnlyAdminsReextractAll() {
        Article article = threeClaims("Roles");
        asReviewer().contentType(ContentType.JSON).post("/api/articles/" + article.id + "/reextract").then().statusCode(403);
        FormSession reviewerForm = FormSession.open("/articles/" + article.id, TestUsers::asReviewer);
        reviewerForm.post("/articles/" + article.id + "/reextract", Map.of()).then().statusCode(403);
        asReviewer().contentType(ContentType.JSON).post("/api/articles/reextract").then().statusCode(403);
        String editor = TestUsers.newUser("editor");
        as(editor).contentType(ContentType.JSON).post("/api/articles/reextract").then().statusCode(403);
        as(editor).contentType(ContentType.JSON).post("/api/articles/987654321/reextract").then().statusCode(404)
                .body("detail", equalTo("There is no article 987654321"));
    }

    static JsonPath finished(String location) throws InterruptedException {
        return TestJobs.finished(location, Duration.ofMinutes(3));
    }

    @Test
    void reextractingEveryArticleRunsInTheBackgroundWithItsProgressAtAnApiUrl() throws Exception {
        Article article = threeClaims("Corpus");
        long reviewed = dronesClaim(article.id);
        verdict(TestUsers.newUser("reviewer"), reviewed);
        int articlesStored = asAdmin().get("/api/articles?size=1").then().extract().path("total");

        Response started = asAdmin().contentType(ContentType.JSON).post("/api/articles/reextract");
        started.then().statusCode(202).header("Location", containsString("/api/reextractions/"))
                .body("total", equalTo(articlesStored));
        JsonPath job = finished(started.header("Location"));
        assertEquals("FINISHED", job.getString("state"), job.prettify());
        assertEquals(articlesStored, job.getInt("done"));
        assertEquals(0, job.getInt("failed"));
        assertTrue(job.getList("failures").isEmpty());
        assertTrue(job.getInt("kept") >= 1, "the reviewed claim was kept in place");
        assertTrue(job.getInt("added") > 0 && job.getInt("removed") > 0, job.prettify());
        assertEquals("CORROBORATED", claim(reviewed).getString("status"));
        assertTrue(claimIds(article.id).contains((int) reviewed));

        asAdmin().get("/reextractions/" + job.getLong("id")).then().statusCode(200)
                .body(containsString(articlesStored + " of " + articlesStored + "</strong> articles done (100%)"))
                .body(containsString("role=\"status\" aria-live=\"polite\""))
                .body(containsString("<label for=\"reextraction-bar\">"))
                .body(containsString("<progress id=\"reextraction-bar\" value=\"" + articlesStored + "\" max=\"" + articlesStored + "\""))
                .body(containsString("Finished"))
                .body(not(containsString("hx-trigger")));
        asAdmin().get("/api/reextractions/987654321").then().statusCode(404)
                .body("detail", equalTo("There is no re-extraction 987654321"));
        asReviewer().get(started.header("Location")).then().statusCode(403);
        TestMatching.waitUntilLinked();
    }

    @Test
    void theArticlesPageButtonStartsTheRunAndShowsItsProgressPage() throws Exception {
        asAdmin().get("/articles").then().statusCode(200)
                .body(containsString("action=\"/reextractions\""))
                .body(containsString("Run the extractor again over every article"));
        String editor = TestUsers.newUser("editor");
        as(editor).get("/articles").then().statusCode(200).body(not(containsString("Run the extractor again over every article")));
        FormSession editorForm = FormSession.open("/articles", () -> as(editor));
        editorForm.post("/reextractions", Map.of()).then().statusCode(403);

        FormSession form = FormSession.open("/articles", TestUsers::asAdmin);
        Response posted = form.post("/reextractions", Map.of());
        posted.then().statusCode(303).header("Location", containsString("/reextractions/"));
        String page = posted.header("Location");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String running = asAdmin().get(page).then().statusCode(200).extract().asString();
        assertTrue(running.contains("<h1>The extractor again over every article</h1>"));
        assertTrue(running.contains("<progress id=\"reextraction-bar\""));
        JsonPath job = finished("/api/reextractions/" + id);
        assertEquals("FINISHED", job.getString("state"));
        asAdmin().get(page + "/progress").then().statusCode(200)
                .body(containsString(job.getInt("done") + " of " + job.getInt("total")))
                .body(not(containsString("<html")));
        TestMatching.waitUntilLinked();
    }

    @Test
    void aRunCutShortByARestartSaysSoAndListsItsFailures() {
        long admin = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(TestUsers.ADMIN).orElseThrow().id);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ReextractionJob job = new ReextractionJob();
            job.state = ReextractionJob.State.RUNNING;
            job.total = 10;
            job.done = 4;
            job.failed = 1;
            job.createdById = admin;
            job.createdAt = Instant.now();
            job.persist();
            ReextractionFailure failure = new ReextractionFailure();
            failure.job = job;
            failure.articleId = 424242;
            failure.reason = "deleted before the run reached it";
            failure.persist();
            return job.id;
        });
        asAdmin().get("/api/reextractions/" + id).then().body("state", equalTo("RUNNING"));

        jobs.markInterruptedAtStart();

        asAdmin().get("/api/reextractions/" + id).then().statusCode(200).body("state", equalTo("INTERRUPTED"))
                .body("failures[0].articleId", equalTo(424242))
                .body("failures[0].reason", equalTo("deleted before the run reached it"));
        asAdmin().get("/reextractions/" + id).then().statusCode(200)
                .body(containsString("<strong>4 of 10</strong> articles done (40%)"))
                .body(containsString("<strong>Interrupted</strong> by a restart"))
                .body(containsString("href=\"/articles/424242\""))
                .body(containsString("deleted before the run reached it"))
                .body(not(containsString("hx-trigger")));
    }
}
