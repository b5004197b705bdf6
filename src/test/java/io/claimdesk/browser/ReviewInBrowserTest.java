package io.claimdesk.browser;

import io.claimdesk.TestArticles;
import io.claimdesk.TestMatching;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer's and an editor's work on single claims, start to finish, in a real Chromium. */
@QuarkusTest
class ReviewInBrowserTest extends BrowserTest {

    @Inject
    TestArticles articles;

    @Test
    void aReviewerContestsADisputedMilitaryClaimByKeyboardCommentsAndRepliesToAComment() {
        String outlet = TestArticles.uniqueOutlet("Browser");
        Article article = articles.create(outlet, LocalDate.of(2023, 6, 12),
                "Officials allegedly shipped 30 drones to Bolivia in 2023, according to the opposition.");
        long claimId = TestUsers.asReviewer().get("/api/claims?article=" + article.id + "&topic=military_cooperation")
                .jsonPath().getLong("items[0].id");
        String colleague = TestUsers.newUser("reviewer");
        long colleagueComment = as(colleague).contentType(ContentType.JSON)
                .body(Map.of("body", "The opposition's list names no airport."))
                .post("/api/claims/" + claimId + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");
        String reviewer = TestUsers.newUser("reviewer");

        browser.signIn(reviewer);
        browser.open("/queue?queue=disputed&qtopic=military_cooperation&qoutlet=" + outlet.replace(" ", "+"));
        browser.visit("queue-disputed");
        browser.press(browser.driver.findElement(By.partialLinkText("allegedly shipped 30 drones")));
        browser.waiting().until(ExpectedConditions.urlContains("/claims/" + claimId));
        assertTrue(browser.text("#review-panel").contains("Unreviewed"));
        browser.visit("claim-unreviewed");

        browser.find("body").sendKeys("x");
        WebElement rationale = browser.driver.switchTo().activeElement();
        assertEquals("rationale", rationale.getDomAttribute("id"), "x puts the cursor in the rationale");
        assertTrue(browser.find("#verdict-contested").isSelected());
        rationale.sendKeys("Only the opposition says so; no manifest or photo.", Keys.chord(Keys.CONTROL, Keys.ENTER));

        browser.waitForText("#review-panel .status-line", "Contested");
        assertTrue(browser.text("#review-panel").contains("Only the opposition says so"));
        browser.visit("claim-contested");

        browser.find("#comment-body").sendKeys("Flight trackers show no cargo flight to La Paz that week.",
                Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitForText("#review-panel ol.comments", "no cargo flight");

        String thread = "#comment-" + colleagueComment + " ";
        browser.press(browser.find(thread + "details.reply summary"));
        browser.find(thread + "details.reply textarea").sendKeys("Agreed — asking the ministry for the flight log.");
        browser.press(browser.find(thread + "details.reply button[type=submit]"));
        browser.waitForText("#review-panel", "asking the ministry");
        browser.visit("claim-commented-and-replied");

        JsonPath json = TestUsers.asReviewer().get("/api/claims/" + claimId).jsonPath();
        assertEquals("CONTESTED", json.getString("status"));
        assertEquals(reviewer, json.getString("verdicts[0].reviewer"));
        List<Map<String, Object>> comments = json.getList("comments");
        assertEquals(3, comments.size(), comments.toString());
        assertTrue(comments.stream().anyMatch(c -> c.get("parentId") == null && reviewer.equals(c.get("author"))
                && ((String) c.get("body")).contains("no cargo flight")), comments.toString());
        assertTrue(comments.stream().anyMatch(c -> c.get("parentId") != null
                && ((Number) c.get("parentId")).longValue() == colleagueComment
                && ((String) c.get("body")).contains("flight log")), "the reply is threaded under the colleague's comment");
    }

    @Test
    void anEditorSettlesAClaimTwoReviewersDisagreeOn() {
        String outlet = TestArticles.uniqueOutlet("Settle");
        Article article = articles.create(outlet, LocalDate.of(2022, 9, 1), TestArticles.PASSPORTS);
        long claimId = TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath().getLong("items[0].id");
        verdict(TestUsers.newUser("reviewer"), claimId, "CORROBORATED", "The ministry report lists the passport numbers.");
        verdict(TestUsers.newUser("reviewer"), claimId, "CONTESTED", "The report rests on one anonymous official.");
        String editor = TestUsers.editorName();

        browser.signIn(editor);
        browser.open("/queue?queue=disagree&qoutlet=" + outlet.replace(" ", "+"));
        browser.visit("queue-disagree");
        browser.press(browser.driver.findElement(By.partialLinkText("40 passports")));
        browser.waiting().until(ExpectedConditions.urlContains("/claims/" + claimId));
        assertTrue(browser.text("#review-panel .status-line").contains("Reviewers disagree: 1 corroborate, 1 contest"),
                browser.text("#review-panel .status-line"));
        browser.visit("claim-reviewers-disagree");

        browser.find("#settle-rationale").sendKeys("The passport numbers match the registry's own list.",
                Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement error = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("settleVerdict-error")));
        assertTrue(error.getText().contains("Choose a verdict"), error.getText());
        assertEquals("alert", error.getDomAttribute("role"), "the refusal is announced where htmx puts it");
        assertEquals("settleVerdict-error", browser.find("#settle-form fieldset").getDomAttribute("aria-describedby"),
                "the message belongs to the settle form's choice, not the reviewer's verdict form");
        assertTrue(browser.driver.findElements(By.cssSelector("#verdict-form .field-error")).isEmpty());
        assertEquals("The passport numbers match the registry's own list.", browser.find("#settle-rationale").getDomProperty("value"));
        browser.visit("claim-settle-refused");

        browser.find("#settle-form input[value=CORROBORATED]").sendKeys(Keys.SPACE);
        browser.find("#settle-form button[type=submit]").sendKeys(Keys.ENTER);
        browser.waitForText("#review-panel .status-line", "settled by " + editor);
        assertTrue(browser.text("#review-panel .status-line").contains("Corroborated"));
        assertTrue(browser.text("#review-panel .settlement").contains("The passport numbers match the registry"));
        browser.visit("claim-settled");

        assertEquals("CORROBORATED", TestUsers.asReviewer().get("/api/claims/" + claimId).jsonPath().getString("status"));
    }

    @Test
    void aReviewerConfirmsAConflictFoundAcrossOutletsFromTheConflictsPage() {
        String minister = TestArticles.uniqueName();
        Article forty = articles.create(TestArticles.uniqueOutlet("Daily"), LocalDate.of(2024, 3, 4),
                "Minister Alberto " + minister + " travelled to Havana with about 40 business people.");
        articles.create(TestArticles.uniqueOutlet("Daily"), LocalDate.of(2024, 3, 5),
                "A delegation of 90 members accompanied Alberto " + minister + " on his trip to Havana.");
        TestMatching.waitUntilLinked();
        long fortyId = TestUsers.asReviewer().get("/api/claims?article=" + forty.id).jsonPath().getLong("items[0].id");
        String reviewer = TestUsers.reviewerName();

        browser.signIn(reviewer);
        browser.open("/conflicts");
        browser.visit("conflicts");
        WebElement link = browser.driver.findElements(By.partialLinkText(minister)).stream()
                .filter(a -> a.getText().contains("40 business people")).findFirst()
                .orElseThrow(() -> new AssertionError("the conflicts page lists the delegation of 40"));
        browser.press(link);
        browser.waiting().until(ExpectedConditions.urlContains("/claims/" + fortyId));
        // strongest first: other tests' trips of the same wording may rank above this one
        WebElement relation = browser.driver.findElements(By.cssSelector("#relations li.relation")).stream()
                .filter(li -> li.getText().contains("40 business people ≠ 90 members")).findFirst()
                .orElseThrow(() -> new AssertionError(browser.text("#relations")));
        assertTrue(relation.getText().contains("Suggested"), relation.getText());
        browser.visit("claim-relation-suggested");

        browser.press(relation.findElement(By.xpath(".//button[normalize-space()='Confirm']")));
        browser.waiting().until(ExpectedConditions.urlContains("done=relation"));
        assertTrue(browser.text("#relations li.relation").contains("Confirmed by " + reviewer),
                browser.text("#relations li.relation"));
        browser.visit("claim-relation-confirmed");

        List<Map<String, Object>> relations = TestUsers.asReviewer().get("/api/claims/" + fortyId).jsonPath().getList("relations");
        assertEquals("CONFIRMED", relations.get(0).get("state"), relations.toString());
    }

    @Test
    void anEditorRaisesTheConflictsThresholdAndTheWeakerSuggestionsLeaveThePage() {
        String minister = TestArticles.uniqueName();
        articles.create(TestArticles.uniqueOutlet("Daily"), LocalDate.of(2024, 3, 4),
                "Minister Alberto " + minister + " travelled to Havana with about 40 business people.");
        articles.create(TestArticles.uniqueOutlet("Daily"), LocalDate.of(2024, 3, 5),
                "A delegation of 90 members accompanied Alberto " + minister + " on his trip to Havana.");
        TestMatching.waitUntilLinked();
        try {
            browser.signIn(TestUsers.editorName());
            browser.open("/conflicts");
            assertTrue(browser.text("ol.conflicts").contains(minister), "the conflict is shown at the default threshold");
            WebElement threshold = browser.find("#threshold");
            threshold.clear();
            threshold.sendKeys("99%");
            browser.press(browser.find("#threshold-form button"));
            browser.waiting().until(ExpectedConditions.urlContains("done=threshold"));
            assertTrue(browser.text("[role=status]").contains("under 99%"), browser.text("[role=status]"));
            assertTrue(!browser.driver.getPageSource().contains(minister), "a suggestion scored under 99% is hidden");
            assertTrue(browser.text("p.threshold").contains("hidden"), browser.text("p.threshold"));
            browser.visit("conflicts-threshold");
        } finally {
            TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("threshold", "0.5"))
                    .put("/api/relations/conflicts/threshold").then().statusCode(200);
        }
    }

    private static void verdict(String reviewer, long claimId, String verdict, String rationale) {
        as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict, "rationale", rationale, "attribution", "ACCURATE"))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);
    }
}
