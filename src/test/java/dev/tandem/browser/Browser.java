package dev.tandem.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through Debian's chromedriver, never a downloaded browser. Without them the
 * browser tests are skipped with a loud message, or fail when {@code -Dtandem.browser=required} (as in CI).
 */
final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

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
        var installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed) {
            var message = "BROWSER TESTS SKIPPED: install Debian's chromium and chromium-driver to run them";
            if ("required".equals(System.getProperty("tandem.browser"))) {
                Assertions.fail(message.replace("SKIPPED", "FAILED") + " (tandem.browser=required)");
            }
            System.err.println("*** " + message + " ***");
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("tandem-chromium");
        var options = new ChromeOptions()
                .setBinary(CHROMIUM)
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
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
