package io.claimdesk.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** One Chromium for a whole test class, started by its first test and quit after its last. */
abstract class BrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL app;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Browser.start(app, getClass().getSimpleName());
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
