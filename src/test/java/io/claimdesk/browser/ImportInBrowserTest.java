package io.claimdesk.browser;

import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor bringing articles in through the import page: one file with a preview, a refused form, a zip. */
@QuarkusTest
class ImportInBrowserTest extends BrowserTest {

    @Test
    void anEditorUploadsAnArticlePreviewsItSavesItAndSeesItsClaims() throws IOException {
        String outlet = TestArticles.uniqueOutlet("Upload");
        Path file = articleFile("upload.txt", story());

        browser.signIn(TestUsers.editorName());
        browser.open("/articles/new");
        browser.visit("import-form");
        browser.find("#file").sendKeys(file.toString());
        browser.find("#outlet").sendKeys(outlet);
        browser.press(browser.find("button[value=preview]"));
        browser.waitForText("#preview-h", "Check before saving");
        int drawn = browser.driver.findElements(By.cssSelector("ol.preview-claims li")).size();
        assertTrue(drawn >= 3, drawn + " claims in the preview");
        assertTrue(browser.find("#text").getDomProperty("value").contains("40 passports"), "the file's text is shown to correct");
        browser.visit("import-preview");

        browser.press(browser.find("#save-import"));
        browser.waiting().until(ExpectedConditions.urlContains("done=imported"));
        assertTrue(browser.text(".notice").contains("Article imported"));
        assertEquals(drawn, browser.driver.findElements(By.cssSelector(".article-text mark")).size(),
                "the article highlights the claims the preview promised");
        browser.visit("article-imported");

        browser.press(browser.driver.findElement(By.linkText("Edit metadata")));
        browser.waitForText("h1", "Edit metadata");
        browser.visit("article-edit");
        browser.find("#author").clear();
        browser.find("#author").sendKeys("Ana Torres");
        browser.press(browser.driver.findElement(By.xpath("//button[normalize-space()='Save metadata']")));
        browser.waiting().until(ExpectedConditions.urlContains("done=edited"));
        assertTrue(browser.text(".notice").contains("Metadata saved"));
        assertTrue(browser.text("dl.metadata").contains("Ana Torres"), browser.text("dl.metadata"));

        browser.open("/?outlet=" + outlet.replace(" ", "+"));
        List<String> listed = browser.driver.findElements(By.cssSelector("ol.claims .claim-text a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(drawn, listed.size(), listed.toString());
        assertTrue(listed.stream().anyMatch(t -> t.contains("12 drones")), listed.toString());
    }

    @Test
    void aDateTheFormCannotReadIsAnnouncedBesideItsFieldAndTheTextIsKept() {
        browser.signIn(TestUsers.editorName());
        browser.open("/articles/new");
        String text = story();
        browser.find("#text").sendKeys(text);
        browser.find("#published").sendKeys("next Tuesday");
        browser.press(browser.find("button[value=preview]"));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("published"), "aria-invalid", "true"));

        WebElement published = browser.find("#published");
        WebElement error = browser.find("#" + published.getDomAttribute("aria-describedby"));
        assertTrue(error.getText().contains("published must be a date"), error.getText());
        assertEquals("alert", error.getDomAttribute("role"), "the error is announced when it appears");
        assertEquals("next Tuesday", published.getDomProperty("value"));
        assertEquals(text.strip(), browser.find("#text").getDomProperty("value").strip(), "the pasted text is kept");
        assertEquals(null, browser.find("#text").getDomAttribute("aria-invalid"), "only the wrong field is marked");
        browser.visit("import-error");
    }

    @Test
    void aZipOfArticlesIsImportedInTheBackgroundAndItsRefusalsAreListed() throws IOException {
        Path zip = Files.createTempFile(Path.of("target"), "articles-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("batch/good.txt"));
            z.write(story().getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("batch/scan.pdf"));
            z.write("%PDF-1.4 x".getBytes(StandardCharsets.ISO_8859_1));
            z.closeEntry();
        }

        browser.signIn(TestUsers.editorName());
        browser.open("/articles/new");
        browser.find("#zip").sendKeys(zip.toAbsolutePath().toString());
        browser.press(browser.find("#bulk-form button[type=submit]"));
        browser.waiting().until(ExpectedConditions.urlContains("/imports/"));
        browser.waiting().withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Finished"));
        String page = browser.text("main");
        assertTrue(page.contains("2 of 2 files done"), page);
        assertTrue(page.contains("1 imported, 1 refused"), page);
        assertTrue(browser.text("table").contains("batch/scan.pdf"), browser.text("table"));
        browser.visit("import-job");
    }

    /** An article with claims a desk would check, unique so it is never refused as a duplicate. */
    private static String story() {
        return "Iran and Venezuela renewed their cooperation this week (ref " + UUID.randomUUID() + ").\n\n"
                + TestArticles.DRONES + "\n\n" + TestArticles.PASSPORTS + "\n\n" + TestArticles.TRADE + "\n";
    }

    private static Path articleFile(String name, String text) throws IOException {
        Path folder = Files.createTempDirectory(Path.of("target"), "upload-");
        return Files.writeString(folder.resolve(name), text).toAbsolutePath();
    }
}
