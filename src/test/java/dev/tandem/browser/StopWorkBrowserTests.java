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
 * A contractor's worker stops unsafe work from a phone without network: the stop waits on the phone, reaches the server
 * exactly once when the network returns, the area's manager acknowledges it, compensates and resumes the work with a
 * justification, and the worker finds the thanks in their inbox.
 */
@BrowserTest
class StopWorkBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    StopWorkBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void aStopRaisedWithoutNetworkArrivesOnceIsAnsweredAndItsInitiatorIsThanked() {
        signIn("contractor1.worker");
        Browser.serviceWorkerReady(browser);
        open("/stop");
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#stop-work button[type=submit]")));
        assertFitsTheWindow("the form");
        assertThat(browser.findElement(By.cssSelector("[data-no-sanction]")).getText())
                .as("the form says a stop carries no sanction")
                .isNotBlank();
        Browser.pageKeptOffline(browser);

        var work = "Relining the tundish with the bay crane " + UUID.randomUUID();
        Browser.offline(browser, true);
        browser.navigate().refresh();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#stop-work button[type=submit]")));
        new Select(browser.findElement(By.id("areaId")))
                .selectByValue(managersArea().toString());
        browser.findElement(By.id("work")).sendKeys(work);
        browser.findElement(By.id("unsafe")).sendKeys("The cab's air conditioning failed: 45 degrees inside");
        browser.executeScript(
                "arguments[0].click()", browser.findElement(By.cssSelector("#stop-work button[type=submit]")));

        Browser.sentOnceBackOnline(browser, () -> stored(work));
        browser.navigate().refresh();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#stop-work button[type=submit]")));
        assertThat(stored(work))
                .as("exactly one stop, however often the phone retries")
                .isEqualTo(1);
        var stop = jdbc.sql("select id from stop_work where work = :w")
                .param("w", work)
                .query(UUID.class)
                .single();

        signOut();
        signIn("manager");
        open("/stops/" + stop);
        submit("acknowledge", null);
        submit("compensate", "A fan in the cab and operators relieved every 20 minutes");
        enterTheRiskFilledInFromTheStop(work);
        submit("risk", null);
        submit("resume", "Cab below 28 degrees with the fan; reliefs agreed with the foreman");
        assertThat(jdbc.sql("select status from stop_work where id = :id")
                        .param("id", stop)
                        .query(String.class)
                        .single())
                .isEqualTo("RESUMED");
        assertThat(jdbc.sql("select r.activity from stop_work w join risk_entry r on r.id = w.risk_id where w.id = :id")
                        .param("id", stop)
                        .query(String.class)
                        .single())
                .as("the stop answers to the risk entered from it")
                .isEqualTo(work);

        signOut();
        signIn("contractor1.worker");
        var thanks = waitFor(Duration.ofSeconds(40), driver -> jdbc.sql(
                        """
                                select n.title from notification n join user_account u on u.person_id = n.recipient_person_id
                                where n.kind = 'stopwork.resumed' and n.record_id = :id and u.username = 'contractor1.worker'""")
                .param("id", stop)
                .query(String.class)
                .optional()
                .orElse(null));
        open("/notifications");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(thanks);
    }

    /**
     * From the compensated stop's page, enters a new risk: the risk form opens filled in from the stop (its area, its
     * work, what was unsafe), the manager completes it and saves, and is led back to the stop with the risk chosen.
     */
    private void enterTheRiskFilledInFromTheStop(String work) {
        var link = browser.findElement(By.cssSelector("[data-link-risk] [data-new-risk]"));
        click(link);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-identify]")));
        assertThat(browser.findElement(By.id("activity")).getAttribute("value")).isEqualTo(work);
        assertThat(browser.findElement(By.id("hazard")).getAttribute("value"))
                .isEqualTo("The cab's air conditioning failed: 45 degrees inside");
        assertThat(new Select(browser.findElement(By.id("areaId")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(managersArea().toString());
        new Select(browser.findElement(By.id("hazardCategoryId"))).selectByIndex(1);
        browser.findElement(By.id("unwantedEvent")).sendKeys("The operator, overcome by heat, loses control of a load");
        browser.findElement(By.id("consequence")).sendKeys("A dropped load; burns or a death below");
        // the manager owns the risk, found by name as a user would (the owner list holds one page of the many
        // people other tests add)
        var manager = jdbc.sql("select p.id, p.full_name from person p join user_account u on u.person_id = p.id"
                        + " where u.username = 'manager'")
                .query((row, n) -> new String[] {row.getString("id"), row.getString("full_name")})
                .single();
        browser.findElement(By.cssSelector("form[data-identify] input[name=q]")).sendKeys(manager[1]);
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#ownerPersonId option[value='" + manager[0] + "']")));
        new Select(browser.findElement(By.id("ownerPersonId"))).selectByValue(manager[0]);
        var enter = browser.findElement(By.cssSelector("form[data-identify] button[type=submit]"));
        click(enter);
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/risks/new")));
        assertThat(browser.getCurrentUrl())
                .as(
                        "the risk is entered, not refused: %s",
                        browser.findElement(By.tagName("main")).getText())
                .matches(".*/stops/[0-9a-f-]+\\?riskId=.*");
        assertThat(new Select(browser.findElement(By.cssSelector("[data-link-risk] #riskId")))
                        .getFirstSelectedOption()
                        .getText())
                .as("back on the stop with the new risk chosen")
                .contains(work);
    }

    /** Answers the stop with one step from its page, with the text its form asks for. */
    private void submit(String step, String text) {
        var form = By.cssSelector("form[action$='/" + step + "']");
        waitFor(ExpectedConditions.presenceOfElementLocated(form));
        if (text != null) {
            browser.findElement(form).findElement(By.tagName("textarea")).sendKeys(text);
        }
        var button = browser.findElement(form).findElement(By.cssSelector("button[type=submit]"));
        click(button);
        waitFor(ExpectedConditions.stalenessOf(button));
    }

    /**
     * An area the manager owns on the manager's own site, whose register the manager keeps (other tests give the
     * manager areas on other sites too).
     */
    private UUID managersArea() {
        return jdbc.sql(
                        """
                        select a.id from area a join user_account u on u.person_id = a.owner_id
                          join person p on p.id = u.person_id
                        where u.username = 'manager' and a.voided_at is null
                          and (p.site_id is null or a.site_id = p.site_id)
                        order by a.code limit 1""")
                .query(UUID.class)
                .single();
    }

    private long stored(String work) {
        return jdbc.sql("select count(*) from stop_work where work = :w")
                .param("w", work)
                .query(Long.class)
                .single();
    }
}
