package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import dev.tandem.kpi.screens.SetUpScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The Russian dashboard reads on a 390-pixel phone and its charts write numbers as the page's language does; the
 * Russian screen views read on a television, uncut.
 */
@BrowserTest
class ReadableLayoutBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ShopFloorScreens screens;

    @Test
    void theDashboardReadsOnAPhoneWithoutSidewaysScrollingOrWordsBrokenMidWord() throws Exception {
        var browser = Browser.phone();
        try {
            Browser.signIn(browser, port, "director");
            browser.get("http://localhost:" + port + "/dashboard?lang=ru");
            assertThat(browser.executeScript("return window.innerWidth")).isEqualTo(390L);
            assertThat(fits(browser, "html")).as("the page").isTrue();
            assertThat(fits(browser, ".table-responsive"))
                    .as("the figures table")
                    .isTrue();
            assertThat(Browser.brokenWords(browser, "main")).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void everyRussianScreenViewShowsItsLabelsWhole() throws Exception {
        var issued = screens.setUp(
                new SetUpScreen("Blast furnace TV", null, null, 60, "ru"), new Logins(context).viewer("hse"));
        var browser = Browser.television();
        try {
            browser.get("http://localhost:" + port + "/screen/" + issued.token());
            for (var view : browser.findElements(By.cssSelector(".screen-view"))) {
                var name = view.getDomAttribute("data-view");
                browser.executeScript(
                        """
                        var shown = arguments[0];
                        document.querySelectorAll('.screen-view').forEach(function (v) {
                            v.classList.toggle('active', v === shown);
                        });""",
                        view);
                assertThat(fits(browser, "[data-view=" + name + "] .screen-card"))
                        .as("the cards of %s", name)
                        .isTrue();
                assertThat(Browser.brokenWords(browser, "[data-view=" + name + "]"))
                        .as("view %s", name)
                        .isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDashboardsChartsWriteNumbersAsThePagesLanguageDoes() throws Exception {
        var browser = Browser.desktop();
        try {
            Browser.signIn(browser, port, "director");
            for (var language : List.of("ru", "en")) {
                browser.get("http://localhost:" + port + "/dashboard?lang=" + language);
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> ((ChromeDriver) driver)
                        .executeScript("return !!Chart.getChart(document.querySelector('canvas[data-trend]'))"));
                var formatted = browser.executeScript(
                        """
                        var chart = Chart.getChart(document.querySelector('canvas[data-trend]'));
                        return Chart.Ticks.formatters.numeric.call(chart.scales.rate, 3081.3, 0,
                            [{value: 3081.3}, {value: 3081.4}]);""");
                assertThat(formatted).as(language).isEqualTo(language.equals("ru") ? "3\u00a0081,30" : "3,081.30");
            }
        } finally {
            browser.quit();
        }
    }

    /** Whether every element the selector finds shows all of its content without scrolling sideways. */
    private static boolean fits(ChromeDriver browser, String selector) {
        return (Boolean) browser.executeScript(
                """
                return Array.from(document.querySelectorAll(arguments[0]))
                    .every(function (e) { return e.scrollWidth <= e.clientWidth; });""",
                selector);
    }
}
