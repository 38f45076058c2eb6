package dev.tandem.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through Debian's chromedriver, never a downloaded browser. Test classes are
 * annotated {@link BrowserTest}, which skips or fails them before their server starts when the browser is missing.
 */
final class Browser {

    private Browser() {}

    /** A phone-sized headless Chromium. */
    static ChromeDriver phone() throws Exception {
        return sized(390, 844);
    }

    /** A headless Chromium the width of an office laptop's screen. */
    static ChromeDriver desktop() throws Exception {
        return sized(1280, 900);
    }

    /** A headless Chromium the size of a full-HD television. */
    static ChromeDriver television() throws Exception {
        return sized(1920, 1080);
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
