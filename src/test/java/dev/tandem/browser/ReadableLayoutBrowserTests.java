package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import dev.tandem.kpi.screens.SetUpScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Russian dashboard reads on a 390-pixel phone and its charts write numbers as the page's language does; the
 * Russian screen views read on a television, uncut.
 */
@BrowserTest
class ReadableLayoutBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    ShopFloorScreens screens;

    ReadableLayoutBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void theDashboardReadsOnAPhoneWithoutSidewaysScrollingOrWordsBrokenMidWord() {
        signIn("director");
        open("/dashboard?lang=ru");
        assertThat(browser.executeScript("return window.innerWidth")).isEqualTo(390L);
        assertThat(fits("html")).as("the page").isTrue();
        assertThat(fits(".table-responsive")).as("the figures table").isTrue();
        assertThat(Browser.brokenWords(browser, "main")).isEmpty();
    }

    @Test
    void everyRussianScreenViewShowsItsLabelsWhole() throws Exception {
        var issued = screens.setUp(
                new SetUpScreen("Blast furnace TV", null, null, 60, "ru"), new Logins(context).viewer("hse"));
        reopen(Browser::television);
        open("/screen/" + issued.token());
        for (var view : browser.findElements(By.cssSelector(".screen-view"))) {
            var name = view.getDomAttribute("data-view");
            browser.executeScript(
                    """
                    var shown = arguments[0];
                    document.querySelectorAll('.screen-view').forEach(function (v) {
                        v.classList.toggle('active', v === shown);
                    });""",
                    view);
            assertThat(fits("[data-view=" + name + "] .screen-card"))
                    .as("the cards of %s", name)
                    .isTrue();
            assertThat(Browser.brokenWords(browser, "[data-view=" + name + "]"))
                    .as("view %s", name)
                    .isEmpty();
        }
    }

    @Test
    void theDashboardsChartsWriteNumbersAsThePagesLanguageDoes() throws Exception {
        reopen(Browser::desktop);
        signIn("director");
        for (var language : List.of("ru", "en")) {
            open("/dashboard?lang=" + language);
            waitFor(driver ->
                    browser.executeScript("return !!Chart.getChart(document.querySelector('canvas[data-trend]'))"));
            var formatted = browser.executeScript(
                    """
                    var chart = Chart.getChart(document.querySelector('canvas[data-trend]'));
                    return Chart.Ticks.formatters.numeric.call(chart.scales.rate, 3081.3, 0,
                        [{value: 3081.3}, {value: 3081.4}]);""");
            assertThat(formatted).as(language).isEqualTo(language.equals("ru") ? "3\u00a0081,30" : "3,081.30");
        }
    }

    /** Whether every element the selector finds shows all of its content without scrolling sideways. */
    private boolean fits(String selector) {
        return (Boolean) browser.executeScript(
                """
                return Array.from(document.querySelectorAll(arguments[0]))
                    .every(function (e) { return e.scrollWidth <= e.clientWidth; });""",
                selector);
    }
}
