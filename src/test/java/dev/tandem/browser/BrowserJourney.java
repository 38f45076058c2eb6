package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test's own browser: opened before each test at the size the class asks for ({@code Browser::phone},
 * {@code Browser::desktop} or {@code Browser::television}) and closed after it, with the steps every journey takes:
 * open a page, sign in and out, wait for the page, tap, check that the page fits its window.
 */
abstract class BrowserJourney {

    /** How long a step may take to show on the page before the test fails. */
    private static final Duration STEP = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    /** The browser the test drives. */
    ChromeDriver browser;

    private final Callable<ChromeDriver> screen;

    private final List<ChromeDriver> opened = new ArrayList<>();

    BrowserJourney(Callable<ChromeDriver> screen) {
        this.screen = screen;
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = start(screen);
    }

    @AfterEach
    void closeBrowsers() {
        opened.forEach(ChromeDriver::quit);
        opened.clear();
    }

    /** Closes the browser and opens a fresh one in its place: another device, signed in by nobody. */
    void reopen(Callable<ChromeDriver> screen) throws Exception {
        browser.quit();
        opened.remove(browser);
        browser = start(screen);
    }

    /** A second browser beside the test's own, for a second person at the same time; closed with it. */
    ChromeDriver another(Callable<ChromeDriver> screen) throws Exception {
        return start(screen);
    }

    /** The page's address on the application under test. */
    String address(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(address(path));
    }

    void signIn(String username) {
        Browser.signIn(browser, port, username);
    }

    /** Signs out with the menu's form and waits for the sign-in page. */
    void signOut() {
        browser.executeScript("document.querySelector('[data-sign-out]').requestSubmit()");
        waitFor(ExpectedConditions.urlContains("/login"));
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return waitFor(STEP, condition);
    }

    <T> T waitFor(Duration limit, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, limit).until(condition);
    }

    /** Taps the element wherever it is: a phone's bottom edge or a sticky bar may cover part of it. */
    void click(WebElement element) {
        browser.executeScript("arguments[0].click()", element);
    }

    /** Asserts that nothing on the page sticks out sideways past the window. */
    void assertFitsTheWindow(String what) {
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s fits the window's width", what)
                .isEqualTo(true);
    }

    /** A signature drawn with a finger: a stroke across the canvas, scrolled into view first. */
    void drawSignature(WebElement canvas) {
        // at once: the page scrolls smoothly (Bootstrap's root style), and a stroke begun while it still moves can miss
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", canvas);
        new Actions(browser)
                .moveToElement(canvas, -80, 10)
                .clickAndHold()
                .moveByOffset(40, -25)
                .moveByOffset(40, 30)
                .moveByOffset(60, -20)
                .release()
                .perform();
    }

    private ChromeDriver start(Callable<ChromeDriver> screen) throws Exception {
        var started = screen.call();
        opened.add(started);
        return started;
    }
}
