package dev.tandem.browser;

import dev.tandem.demo.DemoProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through Debian's chromedriver, never a downloaded browser. Test classes are
 * annotated {@link BrowserTest}, which skips or fails them before their server starts when the browser is missing,
 * and extend {@link BrowserJourney}, which opens and closes their browser.
 */
final class Browser {

    private Browser() {}

    /**
     * A phone-sized headless Chromium. A window is never narrower than 500 pixels, so the phone's 390 are emulated as
     * a phone's screen is.
     */
    static ChromeDriver phone() throws Exception {
        var browser = sized(390, 844);
        emulatePhone(browser, true);
        return browser;
    }

    /** Makes the window a phone's 390 by 844-pixel screen, or gives the window its own size back. */
    static void emulatePhone(ChromeDriver browser, boolean phone) {
        if (phone) {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A headless Chromium the width of an office laptop's screen. */
    static ChromeDriver desktop() throws Exception {
        return sized(1280, 900);
    }

    /** A headless Chromium the size of a full-HD television. */
    static ChromeDriver television() throws Exception {
        return sized(1920, 1080);
    }

    /** Signs in with the demo password and waits until the sign-in page is left. */
    static void signIn(ChromeDriver browser, int port, String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoProperties.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Cuts the browser off the network, or lets it back on, as a phone losing its signal. */
    static void offline(ChromeDriver browser, boolean offline) {
        var conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        browser.setNetworkConditions(conditions);
    }

    /** Waits until the phone's service worker controls the signed-in page: from then on it keeps the field forms. */
    static void serviceWorkerReady(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> (Boolean) browser.executeScript("return !!navigator.serviceWorker.controller"));
    }

    /** Waits until the phone keeps the open page for use without network. */
    static void pageKeptOffline(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(
                        driver -> (Boolean)
                                browser.executeAsyncScript(
                                        """
                var done = arguments[arguments.length - 1];
                caches.match(location.pathname).then(function (page) { done(!!page); });"""));
    }

    /**
     * What a form sent without network waits in the phone's outbox, shown, and nothing has reached the server; the
     * network returns, and this waits until the server holds exactly one and the outbox is empty.
     *
     * @param stored how many of what was sent the server holds
     */
    static void sentOnceBackOnline(ChromeDriver browser, java.util.function.LongSupplier stored) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-outbox]")));
        org.assertj.core.api.Assertions.assertThat(stored.getAsLong())
                .as("nothing reached the server while offline")
                .isZero();
        offline(browser, false);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> stored.getAsLong() == 1
                        && !driver.findElement(By.cssSelector("[data-outbox]")).isDisplayed());
    }

    /** The words within the elements a selector finds that are split across two lines, mid-word. */
    @SuppressWarnings("unchecked")
    static List<String> brokenWords(ChromeDriver browser, String selector) {
        return (List<String>) browser.executeScript(
                """
                var broken = [];
                document.querySelectorAll(arguments[0]).forEach(function (root) {
                    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                    while (walker.nextNode()) {
                        var node = walker.currentNode, word = /[^\\s\\-–—,.;:()]{4,}/g, m;
                        if (!node.parentElement || !node.parentElement.getClientRects().length) {
                            continue;
                        }
                        while ((m = word.exec(node.textContent))) {
                            var range = document.createRange();
                            range.setStart(node, m.index);
                            range.setEnd(node, m.index + m[0].length);
                            var lines = Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; });
                            if (lines.length > 1) {
                                broken.push(m[0]);
                            }
                        }
                    }
                });
                return broken;""",
                selector);
    }

    private static ChromeDriver sized(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("tandem-chromium");
        var options = new ChromeOptions()
                .setBinary(ChromiumInstalled.CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=" + width + "," + height,
                        "--user-data-dir=" + profile);
        // the console, where Chromium reports what a Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumInstalled.CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
