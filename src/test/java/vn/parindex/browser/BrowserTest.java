package vn.parindex.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parindex.process.ProcessFixture;

/**
 * A test in a real (headless) Chromium against the running application: one browser per test, a screenshot when
 * it fails, skipped (before the application starts) where Chromium or its driver is not installed.
 */
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserTest implements ScreenshotOnFailure.HasBrowser {

    @LocalServerPort
    int port;
    @Autowired
    ProcessFixture fixture;

    Browser browser;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeAll
    static void requireChromium() {
        String missing = Browser.unavailableBecause();
        if (missing != null) {
            System.out.println("Browser tests skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
    }

    @BeforeEach
    void startBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        fixture.resetClock();
        if (browser != null) {
            browser.close();
        }
    }
}
