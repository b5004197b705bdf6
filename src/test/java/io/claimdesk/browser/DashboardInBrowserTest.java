package io.claimdesk.browser;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard read in Chromium, one of its numbers followed into the claims, and a corpus re-extraction watched. */
@QuarkusTest
class DashboardInBrowserTest extends BrowserTest {

    @Inject
    TestArticles articles;

    @Test
    void aReviewerFollowsTheDisputedQueueTileIntoTheQueue() {
        articles.create(TestArticles.uniqueOutlet("Dashboard"), LocalDate.of(2022, 8, 1), TestArticles.PASSPORTS);
        browser.signIn(TestUsers.reviewerName());
        browser.open("/dashboard");
        browser.visit("dashboard");
        String tile = browser.text(".queue-tiles li:nth-child(2) .tile-number");
        long disputed = TestUsers.asReviewer().get("/api/claims?disputed=true&size=1").jsonPath().getLong("total");
        assertTrue(tile.replace(",", "").equals(String.valueOf(disputed)), "the tile counts " + tile + " of " + disputed);
        browser.press(browser.find(".queue-tiles li:nth-child(2) a"));
        browser.waiting().until(ExpectedConditions.urlContains("/queue"));
        browser.visit("dashboard-disputed-queue");
    }

    @Test
    void anAdminRunsTheExtractorOverEveryArticleAndWatchesItFinish() {
        browser.signIn(TestUsers.ADMIN);
        browser.open("/articles");
        browser.press(browser.find("form.reextract-all button"));
        browser.waiting().until(ExpectedConditions.urlContains("/reextractions/"));
        browser.visit("reextraction-running");
        // Every article of the shared test database is re-extracted: the page updates itself until it is done.
        browser.waiting().withTimeout(Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("reextraction-progress"), "Finished"));
        browser.visit("reextraction-finished");
    }
}
