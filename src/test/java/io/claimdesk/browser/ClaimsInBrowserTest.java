package io.claimdesk.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.TestArticles;
import io.claimdesk.TestUsers;
import io.claimdesk.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.claimdesk.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor on the claims list: filtering, paging, the article behind a claim, sets and their exports. */
@QuarkusTest
class ClaimsInBrowserTest extends BrowserTest {

    @Inject
    TestArticles articles;

    @Inject
    ClaimdeskConfig config;

    @Test
    void anEditorPagesThroughTheListAndFiltersItByOutletAndDispute() {
        String outlet = TestArticles.uniqueOutlet("Filter");
        articles.create(outlet, LocalDate.of(2021, 5, 2), TestArticles.DRONES, TestArticles.PASSPORTS, TestArticles.TRADE);
        int pageSize = config.pageSize();
        int total = TestUsers.asReviewer().get("/api/claims").jsonPath().getInt("total");
        assertTrue(total > pageSize, "the seeds and the tests' articles fill more than one page: " + total);

        browser.signIn(TestUsers.editorName());
        browser.open("/");
        assertTrue(browser.text(".summary").contains(String.valueOf(total)), browser.text(".summary"));
        List<String> firstPage = claimTexts();
        assertEquals(pageSize, firstPage.size());
        browser.visit("claims-list");
        browser.press(browser.find("nav.paging a[rel=next]"));
        browser.waiting().until(ExpectedConditions.urlContains("page=2"));
        List<String> secondPage = claimTexts();
        assertEquals(Math.min(pageSize, total - pageSize), secondPage.size());
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), "page 2 shows the claims after page 1's");
        assertEquals(String.valueOf(pageSize + 1), browser.find("ol.claims").getDomAttribute("start"));
        browser.visit("claims-list-page-2");
        browser.press(browser.find("nav.paging a[rel=prev]"));
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("page=2")));
        assertEquals(firstPage, claimTexts());

        new Select(browser.find("form.filters select[name=outlet]")).selectByVisibleText(outlet);
        browser.press(browser.find("form.filters button[type=submit]"));
        browser.waiting().until(ExpectedConditions.urlContains("outlet="));
        assertEquals(3, claimTexts().size(), claimTexts().toString());
        assertTrue(outletsShown().stream().allMatch(outlet::equals), "only the outlet's claims are listed");
        assertTrue(browser.driver.findElements(By.cssSelector("nav.paging a")).isEmpty(), "one page, no paging links");
        browser.visit("claims-filtered");

        new Select(browser.find("form.filters select[name=disputed]")).selectByValue("true");
        browser.press(browser.find("form.filters button[type=submit]"));
        browser.waiting().until(ExpectedConditions.urlContains("disputed=true"));
        assertEquals(1, claimTexts().size(), claimTexts().toString());
        assertTrue(claimTexts().get(0).contains("allegedly issued 40 passports"), claimTexts().toString());
        assertEquals(1, browser.driver.findElements(By.cssSelector("ol.claims .badge.disputed")).size());
        assertEquals(outlet, new Select(browser.find("form.filters select[name=outlet]")).getFirstSelectedOption().getText(),
                "the form keeps the filter it shows");
        browser.visit("claims-filtered-disputed");
    }

    @Test
    void aClaimOpensItsArticleScrolledToTheHighlightedQuote() {
        String outlet = TestArticles.uniqueOutlet("Jump");
        List<String> filler = Collections.nCopies(16, "Background: the talks between the two delegations went on through"
                + " the week, and the notes from each session are kept with the desk's other papers on the region.");
        List<String> paragraphs = new ArrayList<>(filler);
        paragraphs.add(TestArticles.PASSPORTS);
        paragraphs.add(TestArticles.TRADE);
        Article article = articles.create(outlet, LocalDate.of(2022, 11, 20), paragraphs.toArray(String[]::new));
        long passports = claimId(article, "40 passports");
        long trade = claimId(article, "25 economic agreements");

        browser.signIn(TestUsers.editorName());
        browser.open("/?outlet=" + outlet.replace(" ", "+"));
        browser.press(browser.driver.findElement(By.partialLinkText("40 passports")));
        browser.waiting().until(ExpectedConditions.urlContains("/claims/" + passports));
        browser.visit("claim-page");

        browser.press(browser.driver.findElement(By.linkText("Show this quote in the full article")));
        browser.waiting().until(ExpectedConditions.urlContains("/articles/" + article.id + "?claim=" + passports + "#claim-" + passports));
        WebElement target = (WebElement) browser.js("return document.querySelector(':target')");
        assertEquals("mark", target.getTagName());
        assertTrue(target.getText().contains("40 passports"), target.getText());
        assertTrue((Boolean) browser.js("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", target), "the highlighted quote is in view");
        assertTrue((Long) browser.js("return window.scrollY") > 0, "the page scrolled down to the quote");
        browser.visit("article-page");

        browser.press(browser.driver.findElement(By.partialLinkText("25 economic agreements")));
        browser.waiting().until(ExpectedConditions.urlContains("/claims/" + trade));
        assertTrue(browser.text("h1").contains("25 economic agreements"));
    }

    /** A real scraped page from the seeds: long text, furniture greyed out, claims marked inside paragraphs. */
    @Test
    void aSeedArticleShowsItsFurnitureGreyedAndItsClaimsMarked() {
        long seed = TestUsers.asReviewer().queryParam("q", "approximately 60 business people").get("/api/claims").jsonPath()
                .getLong("items[0].articleId");
        browser.signIn(TestUsers.editorName());
        browser.open("/articles/" + seed);
        assertFalse(browser.driver.findElements(By.cssSelector(".article-text .furniture")).isEmpty(), "furniture is greyed");
        assertTrue(browser.driver.findElements(By.cssSelector(".article-text mark a")).stream()
                .anyMatch(a -> a.getText().contains("60 business people")), "the seed's claim is marked and links to its page");
        browser.visit("article-page-seed");
    }

    @Test
    void anEditorSavesAFilterAsASetAndOpensItsCsvAndJsonLdExports() throws IOException {
        String outlet = TestArticles.uniqueOutlet("Export");
        Article article = articles.create(outlet, LocalDate.of(2023, 2, 14), TestArticles.DRONES, TestArticles.PASSPORTS,
                TestArticles.TRADE);
        List<String> texts = TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath().getList("items.text");
        long drones = claimId(article, "12 drones");
        as(TestUsers.newUser("reviewer")).contentType(ContentType.JSON)
                .body(Map.of("verdict", "CORROBORATED", "rationale", "The ministry's statement is on its site.",
                        "attribution", "ACCURATE"))
                .post("/api/claims/" + drones + "/verdicts").then().statusCode(201);
        String setName = "Shipments " + outlet;

        browser.signIn(TestUsers.editorName());
        browser.open("/?outlet=" + outlet.replace(" ", "+"));
        browser.press(browser.find("details.editor-tools summary"));
        browser.find("#new-set-name").sendKeys(setName);
        browser.visit("claims-filtered-editor-tools");
        browser.press(browser.find("form.save-set button[type=submit]"));
        browser.waitForText("h1", setName);
        assertTrue(browser.text(".notice").contains("Set created"));
        assertTrue(browser.text(".summary").startsWith(texts.size() + " claims"), browser.text(".summary"));
        browser.visit("set-page");

        browser.clearDownloads();
        browser.press(browser.driver.findElement(By.linkText("CSV")));
        String csvText = Files.readString(browser.download("csv"), StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("\uFEFF"), "a byte order mark, so spreadsheets read it as UTF-8");
        List<CSVRecord> rows;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csvText.substring(1)))) {
            assertEquals(List.of("claim_id", "claim_text"), csv.getHeaderNames().subList(0, 2));
            assertTrue(csv.getHeaderNames().containsAll(List.of("outlet", "article_sha256", "status", "verdicts")));
            rows = csv.getRecords();
        }
        assertEquals(texts.size(), rows.size());
        assertTrue(rows.stream().allMatch(r -> outlet.equals(r.get("outlet"))));
        assertEquals(texts.stream().sorted().toList(), rows.stream().map(r -> r.get("claim_text")).sorted().toList());

        browser.clearDownloads();
        browser.press(browser.driver.findElement(By.linkText("JSONLD")));
        Path jsonLd = browser.download("jsonld");
        JsonNode graph = new ObjectMapper().readTree(jsonLd.toFile());
        assertEquals("https://schema.org", graph.get("@context").asText());
        assertEquals(1, graph.get("@graph").size(), "only the reviewed claim is published");
        JsonNode review = graph.get("@graph").get(0);
        assertEquals("ClaimReview", review.get("@type").asText());
        assertTrue(review.get("claimReviewed").asText().contains("12 drones"));
        assertEquals("Corroborated", review.get("reviewRating").get("alternateName").asText());

        browser.open("/sets");
        assertTrue(browser.driver.findElement(By.linkText(setName)).isDisplayed());
        browser.visit("sets");
    }

    @Test
    void theKeyboardFocusIsVisibleFromTheSkipLinkToTheFilterButton() {
        browser.signIn(TestUsers.editorName());
        browser.open("/");
        browser.find("h1");
        WebElement skip = tabUntil(e -> "skip".equals(e.getDomAttribute("class")), 1);
        assertTrue((Boolean) browser.js("var r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.top >= 0;", skip),
                "the focused skip link comes on screen");
        assertVisibleFocus(skip);
        WebElement search = tabUntil(e -> "q".equals(e.getDomAttribute("name")), 30);
        assertVisibleFocus(search);
        WebElement filter = tabUntil(e -> e.getText().equals("Filter"), 30);
        assertVisibleFocus(filter);
        browser.screenshot("claims-list-focus-on-filter");

        search.sendKeys("no claim says this " + TestArticles.uniqueName());
        tabUntil(e -> e.getText().equals("Filter"), 30).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        assertTrue(browser.text("main").contains("No claims match this filter"));
    }

    /** Presses Tab until the focused element is the one wanted, at most that many times. */
    private WebElement tabUntil(Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab did not reach the control in " + most + " presses");
    }

    /** A solid outline at least 2 px wide whose colour stands out 3:1 from what is behind it (WCAG 1.4.11). */
    private void assertVisibleFocus(WebElement focused) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ring = (Map<String, Object>) browser.js("""
                var el = arguments[0], s = getComputedStyle(el);
                function rgb(c) { return c.match(/[\\d.]+/g).map(Number); }
                function luminance(c) {
                  var v = rgb(c).slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
                }
                var behind = 'rgb(255, 255, 255)';
                for (var p = el.parentElement; p; p = p.parentElement) {
                  var b = getComputedStyle(p).backgroundColor, a = rgb(b);
                  if (a.length < 4 || a[3] > 0) { behind = b; break; }
                }
                var l1 = luminance(s.outlineColor), l2 = luminance(behind);
                return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, behind: behind,
                        contrast: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)};
                """, focused);
        String described = focused.getTagName() + " " + ring;
        assertNotEquals("none", ring.get("style"), described);
        assertTrue(((Number) ring.get("width")).doubleValue() >= 2, described);
        assertTrue(((Number) ring.get("contrast")).doubleValue() >= 3, described);
    }

    private List<String> claimTexts() {
        return browser.driver.findElements(By.cssSelector("ol.claims .claim-text a")).stream().map(WebElement::getText).toList();
    }

    private List<String> outletsShown() {
        return browser.driver.findElements(By.cssSelector("ol.claims .claim-meta a.outlet")).stream()
                .map(WebElement::getText).toList();
    }

    private static long claimId(Article article, String words) {
        List<Map<String, Object>> items = TestUsers.asReviewer().get("/api/claims?article=" + article.id).jsonPath()
                .getList("items");
        return items.stream().filter(i -> ((String) i.get("text")).contains(words)).findFirst()
                .map(i -> ((Number) i.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("article " + article.id + " has a claim with " + words + ": " + items));
    }
}
