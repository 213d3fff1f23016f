package vn.parindex.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through /usr/bin/chromedriver (never a downloaded driver), with a
 * throw-away profile, plus the few gestures the walk-through needs and numbered screenshots under
 * target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A common laptop screen, and a phone (390 x 844 CSS pixels, as an iPhone 12 to 14). */
    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Null when the page is no wider than the window (document.documentElement.scrollWidth within its clientWidth,
     * the window less its scroll bar); else the widths and what sticks out past the right edge outside any
     * scrolling box such as .table-responsive.
     */
    private static final String OVERFLOW = """
            var root = document.documentElement, width = Math.min(root.clientWidth, window.innerWidth);
            if (root.scrollWidth <= width) { return null; }
            var wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var right = e.getBoundingClientRect().right;
              if (right <= width + 1 || wide.length >= 8) { return; }
              for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') { return; }
              }
              var classes = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '';
              wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + classes + ' to ' + Math.round(right) + ' px');
            });
            return root.scrollWidth + ' px wide in a ' + width + ' px window: ' + wide.join(', ');
            """;

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;
    private int step;
    private final List<String> overflows = new ArrayList<>();

    /** Why the browser tests cannot run here, or null when they can. */
    static String unavailableBecause() {
        if (!CHROMEDRIVER.canExecute()) {
            return CHROMEDRIVER + " is missing: install Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver) to run the browser tests";
        }
        if (!CHROMIUM.canExecute()) {
            return CHROMIUM + " is missing: apt-get install chromium chromium-driver";
        }
        return null;
    }

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("parindex-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=vi",
                // Bootstrap scrolls smoothly to a page's #anchor unless motion is reduced; a click during that
                // scroll lands where the element was, not where it is
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(LAPTOP);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The first visible button (or submit input) whose text is exactly the given label. */
    WebElement button(String label) {
        return find(By.xpath("//button[normalize-space(.)='" + label + "']"));
    }

    WebElement link(String label) {
        return find(By.xpath("//a[normalize-space(.)='" + label + "']"));
    }

    /** Scrolls at once (Bootstrap makes scrolling smooth, which would move the element under the click). */
    void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
        element.click();
    }

    /** Clicks a button that opens a page, and waits for the new page to be there. */
    void clickAndWaitForPage(WebElement element) {
        WebElement body = driver.findElement(By.tagName("body"));
        click(element);
        wait.until(d -> left(body));
        waitForLoad();
    }

    void acceptConfirmAndWaitForPage(WebElement element) {
        WebElement body = driver.findElement(By.tagName("body"));
        click(element);
        Alert alert = wait.until(ExpectedConditions.alertIsPresent());
        alert.accept();
        wait.until(d -> left(body));
        waitForLoad();
    }

    /**
     * Whether the page the element belongs to has gone. Chromedriver says so with a stale reference or, when the
     * page went while it looked the element up, with "does not belong to the document".
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(By field, String value) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(value);
    }

    void waitForText(String text) {
        wait.until(d -> text().contains(text));
    }

    /** Waits until every chart on the page is drawn, then shows its final state at once (no animation half-way). */
    void waitForCharts() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                if (typeof Chart === 'undefined') { return true; }
                return Array.prototype.every.call(document.querySelectorAll('canvas'), function (canvas) {
                  var chart = Chart.getChart(canvas);
                  if (chart) { chart.stop(); chart.update('none'); }
                  return !!chart;
                });""")));
    }

    /** The file behind a download link, fetched with the browser's session as a click would fetch it. */
    byte[] download(WebElement link) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.arrayBuffer(); })
                  .then(function (buffer) {
                    var bytes = new Uint8Array(buffer), text = '';
                    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                    done(btoa(text));
                  })
                  .catch(function (e) { done('ERROR ' + e.message); });""", link.getAttribute("href"));
        if (String.valueOf(base64).startsWith("ERROR")) {
            throw new AssertionError(link.getAttribute("href") + ": " + base64);
        }
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    void waitForLoad() {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void logIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForPage(find(By.cssSelector("form[action$='/login'] button[type=submit]")));
    }

    void logOut(String label) {
        clickAndWaitForPage(button(label));
    }

    /**
     * Saves the whole page as target/screenshots/NN-name.png and notes it (see {@link #overflows()}) when the page
     * is wider than the laptop window.
     */
    Path screenshot(String name) {
        step++;
        checkWidth(String.format("%02d-%s", step, name));
        return save(String.format("%02d-%s.png", step, name));
    }

    /** As {@link #screenshot}, and the same page on a phone as NN-name-phone.png, checked there too. */
    Path screenshotOnLaptopAndPhone(String name) {
        Path laptop = screenshot(name);
        String phoneName = String.format("%02d-%s-phone", step, name);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.width,
                "height", PHONE.height, "deviceScaleFactor", 1, "mobile", true));
        try {
            checkWidth(phoneName);
            save(phoneName + ".png");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return laptop;
    }

    /** The pages, by screenshot name, that were wider than their window, with what stuck out. */
    List<String> overflows() {
        return List.copyOf(overflows);
    }

    /** Checks again for up to two seconds: charts and other scripts follow a change of width a frame or two late. */
    private void checkWidth(String page) {
        Object overflow = driver.executeScript(OVERFLOW);
        for (int tries = 0; overflow != null && tries < 10; tries++) {
            pause(200);
            overflow = driver.executeScript(OVERFLOW);
        }
        if (overflow != null) {
            overflows.add(page + " (" + path() + "): " + overflow);
        }
    }

    /** Saves the whole page (not only what fits in the window) as target/screenshots/fileName. */
    Path save(String fileName) {
        try {
            Path target = SCREENSHOTS.resolve(fileName);
            Files.write(target, wholePage());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private byte[] wholePage() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            // capturing beyond the viewport lays the page out without its vertical scroll bar: the window's width
            double window = ((Number) driver.executeScript("return window.innerWidth")).doubleValue();
            double width = Math.max(((Number) size.get("width")).doubleValue(), window);
            double height = Math.min(((Number) size.get("height")).doubleValue(), 10_000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
