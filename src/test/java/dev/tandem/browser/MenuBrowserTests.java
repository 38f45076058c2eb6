package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The menu fits a 1280-pixel screen for every demo login in both languages (the user's name, the language switch and
 * "Sign out" stay within reach), and folds into one button on a phone.
 */
@BrowserTest
class MenuBrowserTests extends BrowserJourney {

    private static final List<String> DEMO_LOGINS = List.of(
            "admin", "director", "hse", "manager", "worker", "contractor1", "contractor1.worker", "contractor2");

    MenuBrowserTests() {
        super(Browser::desktop);
    }

    @Test
    void everyDemoLoginReachesItsNameTheLanguageSwitchAndSignOutAt1280PixelsInBothLanguages() {
        for (var username : DEMO_LOGINS) {
            signIn(username);
            for (var language : List.of("en", "ru")) {
                open("/?lang=" + language);
                for (var selector : List.of("[data-account]", "[data-language]", "[data-sign-out] button")) {
                    assertThat(withinTheWindow(browser.findElement(By.cssSelector(selector))))
                            .as("%s of %s in %s is on the screen", selector, username, language)
                            .isTrue();
                }
                assertFitsTheWindow("the start page of %s in %s".formatted(username, language));
            }
            signOut();
        }
    }

    @Test
    void eachLoginSeesTheEntriesItsRolesAdmit() {
        var expected = Map.of(
                "hse", List.of("/screens", "/hours", "/people", "/signals"),
                "worker", List.<String>of(),
                "contractor1", List.of("/hours", "/people"));
        var hidden = Map.of(
                "hse", List.of("/users", "/enterprise"),
                "worker", List.of("/screens", "/hours", "/people", "/signals", "/users"),
                "contractor1", List.of("/screens", "/signals", "/users", "/enterprise"));
        for (var username : expected.keySet()) {
            signIn(username);
            var entries = browser.findElements(By.cssSelector("#nav .navbar-nav a[href]")).stream()
                    .map(link -> link.getDomAttribute("href"))
                    .toList();
            assertThat(entries).as(username).contains("/dashboard", "/report", "/events", "/actions");
            assertThat(entries).as(username).containsAll(expected.get(username));
            assertThat(entries).as(username).doesNotContainAnyElementsOf(hidden.get(username));
            signOut();
        }
    }

    @Test
    void onAPhoneTheMenuFoldsIntoOneButtonAndItsGroupsOpen() throws Exception {
        reopen(Browser::phone);
        signIn("hse");
        open("/?lang=ru");
        assertThat(browser.findElement(By.cssSelector("[data-sign-out] button")).isDisplayed())
                .as("folded away")
                .isFalse();
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.linkText("Производство")))
                .click();
        waitFor(ExpectedConditions.elementToBeClickable(By.linkText("Экраны"))).click();
        waitFor(ExpectedConditions.urlContains("/screens"));
        assertFitsTheWindow("the screens page on a phone");
    }

    private boolean withinTheWindow(WebElement element) {
        return element.isDisplayed()
                && (Boolean) browser.executeScript(
                        """
                        var box = arguments[0].getBoundingClientRect();
                        return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth
                            && box.top >= 0 && box.bottom <= window.innerHeight;""",
                        element);
    }
}
