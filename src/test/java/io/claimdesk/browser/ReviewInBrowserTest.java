package io.claimdesk.browser;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.claimdesk.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer's disputed claim, start to finish, in a real Chromium. */
@QuarkusTest
class ReviewInBrowserTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    TestArticles articles;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aReviewerContestsADisputedMilitaryClaimByKeyboardAndRepliesToAComment() {
        String outlet = TestArticles.uniqueOutlet("Browser");
        Article article = articles.create(outlet, LocalDate.of(2023, 6, 12),
                "Officials allegedly shipped 30 drones to Bolivia in 2023, according to the opposition.");
        long claimId = TestUsers.asReviewer().get("/api/claims?article=" + article.id + "&topic=military_cooperation")
                .jsonPath().getLong("items[0].id");
        String colleague = TestUsers.newUser("reviewer");
        as(colleague).contentType(ContentType.JSON).body(Map.of("body", "The opposition's list names no airport."))
                .post("/api/claims/" + claimId + "/comments").then().statusCode(201);
        String reviewer = TestUsers.newUser("reviewer");

        driver = Browser.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        driver.get(app + "login");
        driver.findElement(By.id("j_username")).sendKeys(reviewer);
        driver.findElement(By.id("j_password")).sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[title='Signed in as " + reviewer + "']")));
        Browser.screenshot(driver, "review-1-signed-in");

        driver.get(app + "queue?queue=disputed&qtopic=military_cooperation&qoutlet=" + outlet.replace(" ", "+"));
        WebElement claimLink = driver.findElement(By.partialLinkText("allegedly shipped 30 drones"));
        Browser.screenshot(driver, "review-2-disputed-queue");
        claimLink.click();
        wait.until(ExpectedConditions.urlContains("/claims/" + claimId));
        assertTrue(driver.findElement(By.id("review-panel")).getText().contains("Unreviewed"));

        driver.findElement(By.tagName("body")).sendKeys("x");
        WebElement rationale = driver.switchTo().activeElement();
        assertEquals("rationale", rationale.getAttribute("id"), "x puts the cursor in the rationale");
        assertTrue(driver.findElement(By.id("verdict-contested")).isSelected());
        rationale.sendKeys("Only the opposition says so; no manifest or photo.", Keys.chord(Keys.CONTROL, Keys.ENTER));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#review-panel .status-line"), "Contested"));
        assertTrue(driver.findElement(By.id("review-panel")).getText().contains("Only the opposition says so"));
        Browser.screenshot(driver, "review-3-contested");

        driver.findElement(By.cssSelector("details.reply summary")).click();
        WebElement reply = driver.findElement(By.cssSelector("details.reply textarea"));
        reply.sendKeys("Agreed — asking the ministry for the flight log.");
        driver.findElement(By.cssSelector("details.reply button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-panel"), "asking the ministry"));
        Browser.screenshot(driver, "review-4-replied");

        var json = TestUsers.asReviewer().get("/api/claims/" + claimId).jsonPath();
        assertEquals("CONTESTED", json.getString("status"));
        assertEquals(reviewer, json.getString("verdicts[0].reviewer"));
        assertEquals(json.getLong("comments[0].id"), json.getLong("comments[1].parentId"), "the reply is threaded");
    }
}
