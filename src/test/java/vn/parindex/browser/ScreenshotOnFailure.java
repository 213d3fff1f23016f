package vn.parindex.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Keeps a picture of the page a browser test failed on (target/screenshots/FAILED-test.png). It runs before
 * the test's @AfterEach closes the browser, which a TestWatcher would not.
 */
class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    /** Implemented by tests that own a browser. */
    interface HasBrowser {
        Browser browser();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (context.getTestInstance().orElse(null) instanceof HasBrowser test && test.browser() != null) {
            try {
                System.err.println("Browser test failed on " + test.browser().driver().getCurrentUrl() + "; screenshot: "
                        + test.browser().save("FAILED-" + context.getRequiredTestMethod().getName() + ".png").toAbsolutePath());
            } catch (RuntimeException e) {
                throwable.addSuppressed(e);
            }
        }
        throw throwable;
    }
}
