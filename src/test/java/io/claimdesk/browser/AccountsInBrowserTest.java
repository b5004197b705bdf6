package io.claimdesk.browser;

import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out, the admin's accounts page, the error page, and the page checks themselves. */
@QuarkusTest
class AccountsInBrowserTest extends BrowserTest {

    @Test
    void aReviewerSignsInAfterAWrongPasswordAndSignsOut() {
        String reviewer = TestUsers.newUser("reviewer");
        browser.driver.manage().deleteAllCookies();
        browser.forgetSession();

        browser.open("/queue");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        browser.visit("sign-in");
        browser.find("#j_username").sendKeys(reviewer);
        browser.find("#j_password").sendKeys("not-the-password", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("failed=true"));
        assertTrue(browser.text("[role=alert]").contains("Wrong username or password"));
        browser.visit("sign-in-failed");

        browser.find("#j_username").sendKeys(reviewer);
        browser.find("#j_password").sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(Browser.signOutButton(reviewer)));
        assertTrue(browser.text("header").contains("Sign out " + reviewer));

        browser.press(browser.driver.findElement(Browser.signOutButton(reviewer)));
        browser.waiting().until(ExpectedConditions.urlContains("signedOut=true"));
        assertTrue(browser.text("[role=status]").contains("You are signed out"));
        browser.visit("signed-out");
        browser.open("/queue");
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        assertTrue(browser.driver.findElements(By.cssSelector("header form[action='/logout']")).isEmpty(),
                "signed out, the header offers no sign-out");
    }

    @Test
    void anAdminCreatesAnAccountOnTheAccountsPage() {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(TestUsers.ADMIN);
        browser.open("/admin/users");
        browser.visit("accounts");
        browser.find("input[name=username]").sendKeys(username);
        browser.find("input[name=password]").sendKeys("a-long-new-password");
        browser.find("select[name=role]").sendKeys("editor");
        browser.find("input[name=temporary]").sendKeys(Keys.SPACE);
        browser.press(browser.driver.findElement(By.xpath("//button[normalize-space()='Create account']")));
        browser.waitForText("main", "Account created");
        String row = browser.driver.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]")).getText();
        assertTrue(row.contains("editor") && row.contains("enabled") && !row.contains("must change password"), row);
        browser.visit("accounts-created");
    }

    @Test
    void aMissingClaimIsAPlainNotFoundPage() {
        browser.signIn(TestUsers.reviewerName());
        browser.open("/claims/987654321");
        assertEquals("Not found", browser.text("h1"));
        assertTrue(browser.text("main").contains("There is no claim 987654321"), browser.text("main"));
        browser.visit("error-404");
        browser.press(browser.driver.findElement(By.linkText("Back to the claims")));
        browser.waitForText("h1", "Claims");
    }

    /**
     * The page checks report what they look for: without this, a check that silently passes would prove nothing. The
     * page's Content-Security-Policy refuses inline style attributes, so the broken markup is styled through the DOM.
     */
    @Test
    void thePageChecksCatchAnOverflowingElementAndInaccessibleMarkup() {
        browser.signIn(TestUsers.reviewerName());
        browser.open("/claims/987654321");
        assertEquals(List.of(), browser.overflow());
        browser.js("""
                var main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<p id="too-wide">wide</p><img src="/favicon.ico" width="10" height="10">'
                  + '<p id="pale">pale text</p>');
                document.getElementById('too-wide').style.width = '2000px';
                document.getElementById('pale').style.color = '#bbb';
                """);
        assertTrue(browser.overflow().stream().anyMatch(o -> o.startsWith("p#too-wide")), browser.overflow().toString());
        List<Browser.Violation> violations = browser.axe();
        assertTrue(violations.stream().anyMatch(v -> v.rule().equals("image-alt") && v.impact().equals("critical")),
                violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.rule().equals("color-contrast") && v.impact().equals("serious")),
                violations.toString());
        assertTrue(Browser.axeSummary("broken", violations).startsWith("axe broken: critical 1, serious 1"),
                Browser.axeSummary("broken", violations));
    }
}
