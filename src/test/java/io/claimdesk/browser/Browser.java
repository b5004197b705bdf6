package io.claimdesk.browser;

import io.claimdesk.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded). One per test class: it
 * keeps its signed-in session between tests and signs in again only when a test needs another person.
 * {@link #visit} is how a test looks at a page: screenshots at desktop and phone width, no horizontal overflow at
 * either, and no serious or critical axe-core violation.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The widths every page is looked at: a laptop and a phone (an iPhone 12 to 15's CSS viewport). */
    enum Width {
        DESKTOP(1366, 768, false), PHONE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Width(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The WCAG 2.0 and 2.1 A and AA rules; best practices are reported by axe under other tags and left out. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");
    /** Full-page screenshots stop here: a page longer than this is shown from its top. */
    private static final int SCREENSHOT_MAX_HEIGHT = 4000;
    private static final String AXE_SCRIPT = resource("axe.min.js");

    final ChromeDriver driver;
    final String app;
    final Path downloads;
    private String signedIn;

    private Browser(ChromeDriver driver, String app, Path downloads) {
        this.driver = driver;
        this.app = app;
        this.downloads = downloads;
    }

    /**
     * A fresh browser for the app; outside CI a machine without Chromium skips browser tests, in CI it must have it.
     * Downloads land in {@code target/downloads/<folder>}.
     */
    static Browser start(URL app, String folder) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        Path downloads = Path.of("target", "downloads", folder).toAbsolutePath();
        try {
            Files.createDirectories(downloads);
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--hide-scrollbars", "--window-size=1366,768");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, app.toString().replaceAll("/$", ""), downloads);
        browser.resize(Width.DESKTOP);
        browser.colourScheme("light");
        return browser;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Opens a page of the app by its path ({@code /queue?…}), without looking at it yet. */
    void open(String path) {
        driver.get(app + path);
    }

    /** The element, waiting up to the implicit wait for it. */
    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /**
     * Waits up to 10 s. A condition that finds an element on the page being left and reads it on the page arriving
     * meets a stale element: that is "not yet", so the wait tries again instead of failing the test.
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the element's text holds the words. */
    void waitForText(String css, String words) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), words));
    }

    /** Presses Enter on a link or button, as a keyboard user does (WebDriver focuses it first). */
    void press(WebElement control) {
        control.sendKeys(Keys.ENTER);
    }

    /** Signs in through the sign-in form as this person, unless the session already is theirs. */
    void signIn(String username) {
        signIn(username, TestUsers.ADMIN.equals(username) ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD);
    }

    private void signIn(String username, String password) {
        if (username.equals(signedIn)) {
            return;
        }
        driver.manage().deleteAllCookies();
        open("/login");
        find("#j_username").sendKeys(username);
        find("#j_password").sendKeys(password, Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(signOutButton(username)));
        signedIn = username;
    }

    static By signOutButton(String username) {
        return By.cssSelector("button[title='Signed in as " + username + "']");
    }

    /** For a test that signs out through the page: the next {@link #signIn} must sign in again. */
    void forgetSession() {
        signedIn = null;
    }

    /**
     * Looks at the page as a person would at both widths: saves {@code target/screenshots/<name>-desktop.png} and
     * {@code -phone.png}, asserts nothing sticks out sideways, runs axe-core (and its contrast rule again in the dark
     * colour scheme, which Pico follows from the system), prints its summary line and asserts no serious or critical
     * violation. Leaves the browser at desktop width in the light scheme.
     */
    void visit(String name) {
        waiting().until(d -> "complete".equals(js("return document.readyState")));
        try {
            for (Width width : List.of(Width.PHONE, Width.DESKTOP)) {
                resize(width);
                screenshot(name + "-" + width.id());
                List<String> overflowing = overflow();
                assertTrue(overflowing.isEmpty(), name + " overflows sideways at " + width.width + " px: " + overflowing);
            }
        } finally {
            resize(Width.DESKTOP);
        }
        List<Violation> violations = new ArrayList<>(axe(Map.of("type", "tag", "values", AXE_TAGS)));
        colourScheme("dark");
        try {
            axe(Map.of("type", "rule", "values", List.of("color-contrast"))).stream()
                    .map(v -> new Violation(v.rule() + "-dark", v.impact(), v.help(), v.elements()))
                    .forEach(violations::add);
        } finally {
            colourScheme("light");
        }
        System.out.println(axeSummary(name, violations));
        List<Violation> blocking = violations.stream().filter(Violation::blocking).toList();
        assertEquals(List.of(), blocking, name + " has serious or critical accessibility violations");
    }

    /** The current page, full length (up to a limit), as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        double width = content.get("width").doubleValue();
        double height = Math.min(content.get("height").doubleValue(), SCREENSHOT_MAX_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Emulates the width (a phone also as a touch device with the page's viewport meta honoured). */
    void resize(Width width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.width, "height", width.height,
                "deviceScaleFactor", 1, "mobile", width.mobile));
    }

    /**
     * What sticks out past the right edge: the page itself when it scrolls sideways, and each outermost visible
     * element wider than the viewport or reaching past it, unless a scrolling or clipping box (a table wrapper)
     * holds it: one that contains it for layout, so an absolutely positioned element escaping the box is caught.
     */
    @SuppressWarnings("unchecked")
    List<String> overflow() {
        return (List<String>) js("""
                var root = document.documentElement, vw = root.clientWidth, found = [];
                if (root.scrollWidth > vw) found.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + vw + ' px');
                function held(el) {
                  var position = getComputedStyle(el).position;
                  for (var p = el.parentElement; p && p !== document.body && position !== 'fixed'; p = p.parentElement) {
                    var s = getComputedStyle(p);
                    if (position === 'absolute' && s.position === 'static') continue;
                    if (s.overflowX !== 'visible') return true;
                    position = s.position;
                  }
                  return false;
                }
                function name(el) {
                  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
                }
                var reported = [];
                document.querySelectorAll('body *').forEach(function (el) {
                  var r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || (r.right <= vw + 0.5 && r.width <= vw + 0.5)) return;
                  if (held(el) || reported.some(function (o) { return o.contains(el); })) return;
                  reported.push(el);
                  found.push(name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px of ' + vw
                    + ': "' + (el.textContent || '').trim().slice(0, 60) + '"');
                });
                return found;
                """);
    }

    /** One rule axe-core found broken on the page, with its impact and up to three of the elements. */
    record Violation(String rule, String impact, String help, List<String> elements) {

        boolean blocking() {
            return "critical".equals(impact) || "serious".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + elements;
        }
    }

    /**
     * The colour scheme the page is shown in; motion is always reduced, so no colour is caught halfway through one of
     * Pico's transitions.
     */
    void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /** Runs axe-core over the page with the WCAG 2.1 A and AA rules. */
    List<Violation> axe() {
        return axe(Map.of("type", "tag", "values", AXE_TAGS));
    }

    /** Runs axe-core (injected from the jar that bundles it) over the page with the rules chosen by axe's runOnly. */
    @SuppressWarnings("unchecked")
    List<Violation> axe(Map<String, Object> runOnly) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(AXE_SCRIPT);
        }
        Object result = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: arguments[0], resultTypes: ['violations']})
                  .then(function (r) {
                    done(r.violations.map(function (v) {
                      return {rule: v.id, impact: v.impact, help: v.help, elements: v.nodes.slice(0, 3).map(function (n) {
                        return n.target.join(' ') + (n.any.length && n.any[0].message ? ': ' + n.any[0].message : '');
                      })};
                    }));
                  })
                  .catch(function (e) { done('axe-core failed: ' + e); });
                """, runOnly);
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("elements")))
                .toList();
    }

    /** The line a test prints for each page: {@code axe <page>: critical 0, serious 0, moderate 0, minor 0}. */
    static String axeSummary(String page, List<Violation> violations) {
        Map<String, Long> byImpact = violations.stream().collect(Collectors.groupingBy(Violation::impact, TreeMap::new,
                Collectors.counting()));
        String counts = IMPACTS.stream().map(i -> i + " " + byImpact.getOrDefault(i, 0L)).collect(Collectors.joining(", "));
        String rules = violations.isEmpty() ? ""
                : " — " + violations.stream().map(v -> v.impact() + " " + v.rule()).collect(Collectors.joining(", "));
        return "axe " + page + ": " + counts + rules;
    }

    /** The file the browser downloaded whose name ends so, once it is complete. */
    Path download(String extension) {
        Function<Object, Path> complete = d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith("." + extension)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return waiting().until(complete::apply);
    }

    /** Empties the download folder, so the next download is the only file there. */
    void clearDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
