package io.claimdesk.browser;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.claimdesk.claim.Claim;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Spanish-speaking reviewer (a browser asking for es-AR) walks the desk: the claim list, a claim, a verdict given by
 * keyboard. Every page is in Spanish, its {@code <html lang>} says so, the claim keeps its own language, and axe-core
 * finds nothing serious.
 */
@QuarkusTest
class SpanishDeskInBrowserTest extends BrowserTest {

    /** Words of the English interface that a Spanish page must not show. */
    private static final List<String> ENGLISH_WORDS = List.of("Review queue", "Search claim text", "Sign out",
            "Who says it", "Your verdict", "Save verdict", "Discussion", "History", "Unreviewed");

    @Inject
    TestArticles articles;

    @Test
    void aReviewerReadsTheListAndAClaimAndContestsItByKeyboardAllInSpanish() {
        String outlet = TestArticles.uniqueOutlet("Pampa");
        Article article = articles.create(outlet, LocalDate.of(2024, 3, 8),
                "Officials reportedly sold 14 patrol boats to Paraguay in 2024, according to a union leader.");
        QuarkusTransaction.requiringNew().run(() ->
                Claim.update("language = 'en' where article.id = ?1", article.id));
        long claimId = TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath().getLong("items[0].id");
        String reviewer = TestUsers.newUser("reviewer");

        browser.signIn(reviewer);
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Accept-Language", "es-AR,es;q=0.9")));
        try {
            browser.open("/?outlet=" + outlet.replace(" ", "+"));
            assertSpanish("list");
            assertTrue(browser.text("main").contains("Buscar en el texto de las afirmaciones"));
            assertTrue(browser.text(".claim-meta").contains("según"), browser.text(".claim-meta"));
            assertTrue(browser.text(".claim-meta").contains("8 mar 2024"), "dates in Spanish: " + browser.text(".claim-meta"));
            assertEquals("en", browser.find(".claim-text a").getDomAttribute("lang"),
                    "the claim keeps its own language inside the Spanish page");
            browser.visit("spanish-list");

            browser.press(browser.driver.findElement(By.partialLinkText("14 patrol boats")));
            browser.waiting().until(ExpectedConditions.urlContains("/claims/" + claimId));
            assertSpanish("claim");
            assertTrue(browser.text("#review-panel").contains("Sin revisar"));
            assertTrue(browser.text("main").contains("Quién lo dice"));
            browser.visit("spanish-claim");

            browser.find("body").sendKeys("x");
            WebElement rationale = browser.driver.switchTo().activeElement();
            assertEquals("rationale", rationale.getDomAttribute("id"), "x puts the cursor in the rationale");
            rationale.sendKeys("Ningún registro aduanero respalda la venta.", Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.waitForText("#review-panel .status-line", "Impugnada");
            assertTrue(browser.text("#review-panel").contains("Veredicto guardado."));
            assertSpanish("claim after the verdict");
            browser.visit("spanish-claim-contested");
        } finally {
            browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
        assertEquals("CONTESTED", TestUsers.asReviewer().get("/api/claims/" + claimId).jsonPath().getString("status"));
    }

    private void assertSpanish(String page) {
        assertEquals("es", browser.js("return document.documentElement.lang"), page + ": <html lang>");
        String text = browser.text("body");
        assertTrue(text.contains("Afirmaciones") && text.contains("Cola de revisión"), page + ": " + text);
        for (String english : ENGLISH_WORDS) {
            assertFalse(text.contains(english), page + " still says \"" + english + "\"");
        }
    }
}
