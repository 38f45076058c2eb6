package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The menu fits a 1280-pixel screen for every demo login in both languages (the user's name, the language switch and
 * "Sign out" stay within reach), and folds into one button on a phone.
 */
@BrowserTest
class MenuBrowserTests {

    private static final List<String> DEMO_LOGINS = List.of(
            "admin", "director", "hse", "manager", "worker", "contractor1", "contractor1.worker", "contractor2");

    @LocalServerPort
    int port;

    @Test
    void everyDemoLoginReachesItsNameTheLanguageSwitchAndSignOutAt1280PixelsInBothLanguages() throws Exception {
        var browser = Browser.desktop();
        try {
            for (var username : DEMO_LOGINS) {
                Browser.signIn(browser, port, username);
                for (var language : List.of("en", "ru")) {
                    browser.get("http://localhost:" + port + "/?lang=" + language);
                    for (var selector : List.of("[data-account]", "[data-language]", "[data-sign-out] button")) {
                        assertThat(withinTheWindow(browser, browser.findElement(By.cssSelector(selector))))
                                .as("%s of %s in %s is on the screen", selector, username, language)
                                .isTrue();
                    }
                    assertThat(browser.executeScript(
                                    "return document.documentElement.scrollWidth <= window.innerWidth"))
                            .as("nothing sticks out sideways for %s in %s", username, language)
                            .isEqualTo(true);
                }
                signOut(browser);
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void eachLoginSeesTheEntriesItsRolesAdmit() throws Exception {
        var expected = Map.of(
                "hse", List.of("/screens", "/hours", "/people", "/signals"),
                "worker", List.<String>of(),
                "contractor1", List.of("/hours", "/people"));
        var hidden = Map.of(
                "hse", List.of("/users", "/enterprise"),
                "worker", List.of("/screens", "/hours", "/people", "/signals", "/users"),
                "contractor1", List.of("/screens", "/signals", "/users", "/enterprise"));
        var browser = Browser.desktop();
        try {
            for (var username : expected.keySet()) {
                Browser.signIn(browser, port, username);
                var entries = browser.findElements(By.cssSelector("#nav .navbar-nav a[href]")).stream()
                        .map(link -> link.getDomAttribute("href"))
                        .toList();
                assertThat(entries).as(username).contains("/dashboard", "/report", "/events", "/actions");
                assertThat(entries).as(username).containsAll(expected.get(username));
                assertThat(entries).as(username).doesNotContainAnyElementsOf(hidden.get(username));
                signOut(browser);
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void onAPhoneTheMenuFoldsIntoOneButtonAndItsGroupsOpen() throws Exception {
        var browser = Browser.phone();
        try {
            Browser.signIn(browser, port, "hse");
            browser.get("http://localhost:" + port + "/?lang=ru");
            assertThat(browser.findElement(By.cssSelector("[data-sign-out] button"))
                            .isDisplayed())
                    .as("folded away")
                    .isFalse();
            browser.findElement(By.cssSelector(".navbar-toggler")).click();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Производство")))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Экраны")))
                    .click();
            wait.until(ExpectedConditions.urlContains("/screens"));
            assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
        } finally {
            browser.quit();
        }
    }

    private static void signOut(ChromeDriver browser) {
        browser.executeScript("document.querySelector('[data-sign-out]').requestSubmit()");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login"));
    }

    private static boolean withinTheWindow(ChromeDriver browser, WebElement element) {
        return element.isDisplayed()
                && (Boolean) browser.executeScript(
                        """
                        var box = arguments[0].getBoundingClientRect();
                        return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth
                            && box.top >= 0 && box.bottom <= window.innerHeight;""",
                        element);
    }
}
