package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import dev.tandem.kpi.screens.SetUpScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every kind of page runs under the Content-Security-Policy without Chromium refusing anything: the pages with
 * htmx, the dashboard's chart, the field report with its service worker, the shop-floor screen and Swagger UI.
 */
@BrowserTest
class ContentSecurityPolicyBrowserTests extends BrowserJourney {

    /** How long a page may take to work: Swagger UI and the dashboard's chart load slowly on a busy machine. */
    private static final Duration WORKING_WITHIN = Duration.ofSeconds(60);

    @Autowired
    ApplicationContext context;

    @Autowired
    ShopFloorScreens screens;

    final List<String> refused = new ArrayList<>();

    ContentSecurityPolicyBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void thePagesRunUnderThePolicyAndBreakNone() {
        signIn("hse");
        assertThat(policy()).contains("script-src 'self'").contains("style-src 'self'");

        open("/", By.tagName("h1"));
        open("/dashboard", By.cssSelector("canvas"));
        waitFor(WORKING_WITHIN, driver -> browser.executeScript("return document.querySelector('canvas').width > 0"));
        open("/events", By.cssSelector("tbody tr"));
        open("/people", By.cssSelector("tbody tr"));
        open("/actions", By.tagName("h1"));
        open("/equipment", By.tagName("h1"));
        open("/hours", By.tagName("h1"));
        open("/screens", By.tagName("h1"));
        open("/account", By.tagName("h1"));
        open("/report", By.cssSelector("form"));
        waitFor(
                WORKING_WITHIN,
                driver -> browser.executeAsyncScript("navigator.serviceWorker.ready.then(() => arguments[0](true))"));
        open("/swagger-ui.html", By.cssSelector(".swagger-ui .info .title"));

        var issued =
                screens.setUp(new SetUpScreen("Policy TV", null, null, 5, "en"), new Logins(context).viewer("hse"));
        open("/screen/" + issued.token(), By.cssSelector("[data-view=days] .screen-giant"));
        assertThat(policy()).contains("script-src 'self'");

        assertThat(refused)
                .as("what the browser refused, or pages that did not work")
                .isEmpty();
    }

    /** Opens a page, waits for what shows it is working, and keeps what the console said about it. */
    private void open(String path, By working) {
        open(path);
        try {
            waitFor(WORKING_WITHIN, ExpectedConditions.presenceOfElementLocated(working));
        } catch (TimeoutException notWorking) {
            refused.add(path + ": never showed " + working);
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")
                    || entry.getMessage().contains("Refused to")) {
                refused.add(path + ": " + entry.getMessage());
            }
        }
    }

    /** The policy the current page came with, as the browser received it. */
    private String policy() {
        return (String) browser.executeAsyncScript("fetch(location.href)"
                + ".then(answer => arguments[0](answer.headers.get('Content-Security-Policy') || ''))");
    }
}
