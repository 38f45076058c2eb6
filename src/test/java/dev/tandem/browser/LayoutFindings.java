package dev.tandem.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader cannot read on the page a browser shows: the page wider than the window, text cut off inside its box,
 * words broken mid-word, a message key shown for want of its text, a menu whose user name, language switch or "Sign
 * out" is out of reach.
 */
final class LayoutFindings {

    /**
     * Boxes that clip (overflow other than visible) and hold more than they show. Two are meant: text cut short with an
     * ellipsis that carries its whole text in a title, and a container that scrolls with the cue the stylesheet draws
     * (.scroll-x). Form controls scroll their own text; .visually-hidden is for screen readers only.
     */
    private static final String CUT_OFF =
            """
            var found = [];
            document.querySelectorAll('body *').forEach(function (e) {
                if (!e.getClientRects().length || e.matches('input, select, textarea, .visually-hidden')
                        || e.closest('.dropdown-menu:not(.show), .collapse:not(.show):not(.navbar-collapse)')) {
                    return;
                }
                var style = getComputedStyle(e);
                if (style.overflowX === 'visible' || e.scrollWidth <= e.clientWidth + 1) {
                    return;
                }
                var whole = e.textContent.replace(/\\s+/g, ' ').trim();
                if (style.textOverflow === 'ellipsis' && e.title && e.title.trim() === whole) {
                    return;
                }
                if (e.matches('.scroll-x')) {
                    return;
                }
                found.push('cut off: <' + e.tagName.toLowerCase() + ' class="' + e.className + '"> shows '
                    + e.clientWidth + ' of ' + e.scrollWidth + ' px of "' + whole.substring(0, 60) + '"');
            });
            var missing = document.body.textContent.match(/\\?\\?[\\w.-]+_\\w+\\?\\?/);
            if (missing) {
                found.push('a message without its text: ' + missing[0]);
            }
            if (document.documentElement.scrollWidth > window.innerWidth) {
                found.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a window of '
                    + window.innerWidth);
            }
            return found;""";

    /** Whether an element is on the screen whole: shown, within the window's width, none of its text clipped. */
    private static final String WITHIN_REACH =
            """
            var e = arguments[0], box = e.getBoundingClientRect();
            return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth
                && e.scrollWidth <= e.clientWidth + 1;""";

    private static final List<String> MENU = List.of("[data-account]", "[data-language]", "[data-sign-out] button");

    private LayoutFindings() {}

    /** Everything wrong with the page as shown; words broken mid-word only count on a phone. */
    @SuppressWarnings("unchecked")
    static List<String> of(ChromeDriver browser, boolean phone) {
        var found = new ArrayList<>((List<String>) browser.executeScript(CUT_OFF));
        if (phone) {
            Browser.brokenWords(browser, "main, nav").forEach(word -> found.add("broken mid-word: " + word));
        }
        return found;
    }

    /** Whether the browser shows Tandem's error page (error.html) instead of the page asked for. */
    static boolean isAnErrorPage(ChromeDriver browser) {
        return !browser.findElements(By.cssSelector("main.page-error")).isEmpty();
    }

    /** The menu's user name, language switch and "Sign out", each whole and within reach (on a phone, once opened). */
    static List<String> ofTheMenu(ChromeDriver browser, boolean phone) {
        if (phone) {
            browser.findElement(By.cssSelector(".navbar-toggler")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-sign-out] button")));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> browser.executeScript(
                            "return !document.querySelector('#nav').classList.contains('collapsing')"));
        }
        var found = new ArrayList<String>();
        for (var selector : MENU) {
            var element = browser.findElement(By.cssSelector(selector));
            if (!element.isDisplayed() || !(Boolean) browser.executeScript(WITHIN_REACH, element)) {
                found.add("out of reach in the menu: " + selector + " \"" + element.getText() + "\"");
            }
        }
        return found;
    }
}
