package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A person picker refilled by a search on a slow phone network: the person chosen while a search was still on its way
 * stays chosen when its answer arrives, and the next search still refills the picker.
 */
@BrowserTest
class PickerBrowserTests extends BrowserJourney {

    /** Every answer to the page's requests is handled two seconds late, and the page counts what was sent and handled. */
    private static final String SLOW_NETWORK =
            """
            window.sent = 0; window.answered = 0;
            var send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function () {
                var request = this, onload = request.onload;
                request.onload = function (event) {
                    setTimeout(function () { onload.call(request, event); window.answered++; }, 2000);
                };
                window.sent++;
                return send.apply(request, arguments);
            };
            """;

    PickerBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void aChoiceMadeWhileASearchIsOnItsWayIsNotUndoneByItsAnswer() {
        signIn("hse");
        open("/areas/new");
        var search = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=search][name=q]")));
        browser.executeScript(SLOW_NETWORK);

        search.sendKeys("a");
        waitFor(page -> ((Number) browser.executeScript("return window.sent")).intValue() == 1);
        var picker = new Select(browser.findElement(By.id("ownerId")));
        var chosen = lastPerson(picker.getOptions());
        picker.selectByValue(chosen);
        waitFor(page -> ((Number) browser.executeScript("return window.answered")).intValue() == 1);

        assertThat(picker.getFirstSelectedOption().getAttribute("value"))
                .as("the person chosen while the search was on its way")
                .isEqualTo(chosen);

        search.sendKeys("zqxjw");
        waitFor(page -> ((Number) browser.executeScript("return window.answered")).intValue() == 2);
        assertThat(picker.getOptions())
                .as("a search sent after the choice refills the picker: nobody matches, the chosen person stays")
                .extracting(option -> option.getAttribute("value"))
                .containsExactly("", chosen);
        assertThat(picker.getFirstSelectedOption().getAttribute("value")).isEqualTo(chosen);
    }

    private static String lastPerson(List<WebElement> options) {
        assertThat(options).as("the picker offers people before any search").hasSizeGreaterThan(1);
        return options.get(options.size() - 1).getAttribute("value");
    }
}
