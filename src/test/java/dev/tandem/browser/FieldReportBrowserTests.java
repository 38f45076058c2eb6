package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contractor's worker reports a hazard from a phone where the network has dropped: the report waits on the
 * phone and reaches the server exactly once when the network is back.
 */
@BrowserTest
class FieldReportBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    FieldReportBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void aReportMadeWithoutNetworkIsKeptOnThePhoneAndSentOnceWhenTheNetworkReturns() {
        signIn("contractor1.worker");
        Browser.serviceWorkerReady(browser);
        open("/report");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-report button[type=submit]")));
        assertFitsTheWindow("the form");
        waitFor(driver -> keptOnThePhone("link[rel=stylesheet]", "href") && keptOnThePhone("script[src]", "src"));

        var description = "Scaffold plank cracked near the sinter belt " + UUID.randomUUID();
        Browser.offline(browser, true);
        browser.navigate().refresh();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-report button[type=submit]")));
        assertThat(browser.executeScript(
                        "return getComputedStyle(document.documentElement).getPropertyValue('--bs-blue').trim()"))
                .as("Bootstrap's styles are there without network")
                .isEqualTo("#0d6efd");
        assertThat(browser.executeScript("return typeof htmx")).as("and htmx").isEqualTo("object");
        browser.findElement(By.cssSelector("label[for='type1']")).click();
        new Select(browser.findElement(By.id("where"))).selectByIndex(2);
        browser.findElement(By.id("description")).sendKeys(description);
        var send = browser.findElement(By.cssSelector("#field-report button[type=submit]"));
        // the phone's bottom edge hides part of the button; a tap there is what a person does
        click(send);

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "saved on this phone"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-outbox]")));
        assertThat(browser.findElement(By.cssSelector("[data-outbox-count]")).getText())
                .startsWith("1 report");
        assertThat(stored(description))
                .as("nothing reached the server while offline")
                .isZero();
        assertThat(browser.findElement(By.id("description")).getAttribute("value"))
                .as("the form is ready for the next report")
                .isEmpty();

        Browser.offline(browser, false);
        waitFor(
                Duration.ofSeconds(40),
                driver -> stored(description) == 1
                        && !driver.findElement(By.cssSelector("[data-outbox]")).isDisplayed());

        browser.navigate().refresh();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-report button[type=submit]")));
        assertThat(stored(description))
                .as("exactly one record, however often the phone retries")
                .isEqualTo(1);
    }

    @Test
    void onASharedPhoneAReportIsSentOnlyAsThePersonWhoMadeIt() {
        signIn("contractor1.worker");
        open("/report");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-report button[type=submit]")));
        var description = "Guard rail missing on the ladder to the crane cabin " + UUID.randomUUID();
        var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        // what the phone kept when "worker" reported without network before handing the phone over
        browser.executeAsyncScript(
                """
                var done = arguments[arguments.length - 1];
                TandemOutbox.keep({id: crypto.randomUUID(), type: 'HAZARD', where: 'area:' + arguments[0],
                    description: arguments[1], occurredAt: new Date().toISOString(), anonymous: false,
                    savedAt: Date.now(), by: 'worker'}).then(function () { return TandemOutbox.sync(); })
                    .then(function (result) { done(result.waiting); });""",
                area.toString(),
                description);
        assertThat(stored(description))
                .as("not sent as the person signed in now")
                .isZero();

        signOut();
        signIn("worker");
        waitFor(Duration.ofSeconds(40), driver -> stored(description) == 1);
        var reporter = jdbc.sql(
                        """
                        select a.username from safety_event e join user_account a on a.id = e.reporter_id
                        where e.description = :d""")
                .param("d", description)
                .query(String.class)
                .single();
        assertThat(reporter).isEqualTo("worker");
    }

    @Test
    void anAnonymousReportWhoseAnswerWasLostLeavesThePhoneWhenSentAgain() {
        jdbc.sql("update enterprise set anonymous_reporting = true").update();
        try {
            signIn("contractor1.worker");
            open("/report");
            waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#field-report button[type=submit]")));
            var description = "Oil spill under the gearbox of the mill stand " + UUID.randomUUID();
            var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                    .query(UUID.class)
                    .single();
            // the phone sent it, the answer was lost, so the phone still keeps it and sends it again: the server
            // answers 404, as the anonymous reporter may not read the stored report
            Object waiting = browser.executeAsyncScript(
                    """
                    var done = arguments[arguments.length - 1];
                    var report = {id: crypto.randomUUID(), type: 'HAZARD', where: 'area:' + arguments[0],
                        description: arguments[1], occurredAt: new Date().toISOString(), anonymous: true,
                        savedAt: Date.now(), by: 'contractor1.worker'};
                    TandemOutbox.keep(report).then(function () { return TandemOutbox.sync(); })
                        .then(function () { return TandemOutbox.keep(report); })
                        .then(function () { return TandemOutbox.sync(); })
                        .then(function (result) { done(result.waiting); });""",
                    area.toString(),
                    description);
            assertThat(waiting).as("nothing left waiting on the phone").isEqualTo(0L);
            assertThat(stored(description)).isEqualTo(1);
        } finally {
            jdbc.sql("update enterprise set anonymous_reporting = false").update();
        }
    }

    /** Whether every file the page links by the attribute is in the service worker's cache. */
    private boolean keptOnThePhone(String selector, String attribute) {
        return (Boolean) browser.executeAsyncScript(
                """
                var done = arguments[arguments.length - 1];
                var attribute = arguments[1];
                var urls = Array.from(document.querySelectorAll(arguments[0])).map(function (e) { return e[attribute]; });
                Promise.all(urls.map(function (url) { return caches.match(url); }))
                    .then(function (found) { done(found.every(Boolean)); });""",
                selector,
                attribute);
    }

    private long stored(String description) {
        return jdbc.sql("select count(*) from safety_event where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
    }
}
