package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.equipment.StateChangeSource;
import dev.tandem.identity.Logins;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey of issue 16's "done means": from a machine's downtime a line manager opens an investigation, adds a fact
 * to its timeline, a chain of 5 Whys and a cause on the fishbone, raises an action and writes the lesson learned; the
 * safety department publishes it, and the lesson is found by searching the library.
 */
@BrowserTest
class InvestigationBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EquipmentRegistry registry;

    @Autowired
    DispatchLog dispatch;

    @Autowired
    ApplicationContext context;

    InvestigationBrowserTests() {
        super(Browser::desktop);
    }

    @Test
    void aDowntimeIsInvestigatedToALessonThatTheLibraryFinds() {
        var marker = "gearbox" + UUID.randomUUID().toString().substring(0, 6);
        var machine = machineThatWasDown();
        var manager = new Logins(context).viewer("manager");

        signIn("manager");
        open("/equipment/downtimes?equipmentId=" + machine);
        click(waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-investigate]"))));
        waitFor(ExpectedConditions.urlContains("/investigations/new"));
        type(By.id("title"), "Why the mill's gearbox stopped");
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        waitFor(ExpectedConditions.urlMatches("/investigations/[0-9a-f-]{36}$"));
        var investigation = browser.getCurrentUrl();

        setValue(
                By.id("happenedAt"),
                LocalDateTime.now(ZoneOffset.UTC)
                        .minusHours(30)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        type(By.id("what"), "The gearbox oil temperature rose to 95 °C");
        type(By.id("source"), "Control room trend");
        click(browser.findElement(By.cssSelector("[data-add-fact] button[type=submit]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-timeline]"), "The gearbox oil temperature rose to 95 °C"));

        type(By.id("problem"), "The gearbox stopped on high oil temperature");
        type(By.id("why-1"), "The oil cooler was clogged");
        type(By.id("why-2"), "Its filter was never changed");
        click(browser.findElement(By.cssSelector("[data-add-whys] button[type=submit]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-whys-diagram]"), "clogged"));

        new Select(browser.findElement(By.id("category"))).selectByValue("MACHINE");
        type(By.id("fishbone-cause"), "Clogged oil cooler filter");
        click(browser.findElement(By.cssSelector("[data-add-fishbone-cause] button[type=submit]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-fishbone-diagram]"), "Clogged"));

        click(waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-actions-of-source] a.btn"))));
        waitFor(ExpectedConditions.urlContains("/actions/new"));
        type(By.id("title"), "Change the oil cooler filter every month");
        // the owner list holds a page of people (other tests add many): search for the manager as a user would
        type(By.name("q"), manager.displayName());
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#ownerPersonId option[value='" + manager.personId() + "']")));
        new Select(browser.findElement(By.id("ownerPersonId")))
                .selectByValue(manager.personId().toString());
        setValue(By.id("dueDate"), LocalDate.now().plusDays(20).toString());
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/actions/new")));

        browser.get(investigation);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-actions-of-source]"), "Change the oil cooler filter every month"));
        click(waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-write-lesson]"))));
        waitFor(ExpectedConditions.urlContains("/lesson/new"));
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        type(By.id("happened"), "A mill stopped when its " + marker + " oil overheated.");
        type(By.id("why"), "The oil cooler filter had never been changed and clogged.");
        type(By.id("learned"), "An oil cooler is only as good as its filter: change it on a schedule.");
        type(By.id("did"), "The filter is changed every month on the maintenance route.");
        click(browser.findElement(By.cssSelector("[data-lesson-form] button[type=submit]")));
        waitFor(ExpectedConditions.urlMatches("/lessons/[0-9a-f-]{36}$"));
        var lesson = browser.getCurrentUrl();
        click(browser.findElement(By.cssSelector("[data-lesson-submit] button")));
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-lesson-submit]")));

        browser.manage().deleteAllCookies();
        signIn("hse");
        browser.get(lesson);
        click(browser.findElement(By.id("showOnScreens")));
        click(browser.findElement(By.cssSelector("[data-lesson-publish] button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-on-screens]")));

        browser.manage().deleteAllCookies();
        signIn("contractor2");
        open("/lessons");
        type(By.cssSelector("[data-lesson-filter] input[name=q]"), marker);
        click(browser.findElement(By.cssSelector("[data-lesson-filter] button[type=submit]")));
        waitFor(ExpectedConditions.urlContains("q=" + marker));
        var found = browser.findElements(By.cssSelector("[data-lesson]"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getText())
                .contains("An oil cooler is only as good as its filter", "A mill stopped when its " + marker);
        click(found.get(0).findElement(By.cssSelector("a")));
        waitFor(ExpectedConditions.urlContains("/lessons/"));
        assertThat(browser.findElements(By.cssSelector("[data-investigation-link]")))
                .as("a contractor outside the investigation is not led to it")
                .isEmpty();
    }

    /** A new machine in the sinter plant that was down for a mechanical failure a day ago, for two hours. */
    private UUID machineThatWasDown() {
        var mill = TestMachines.register(jdbc, registry, "SNT", "Ball mill", EquipmentType.MILL);
        var down = Instant.now().minus(Duration.ofHours(26)).truncatedTo(ChronoUnit.SECONDS);
        var hse = new Logins(context).viewer("hse");
        dispatch.record(
                new RecordStateChange(
                        null, mill.id(), down, EquipmentState.DOWN, DowntimeReason.MECHANICAL, "Gearbox tripped"),
                StateChangeSource.API,
                hse);
        dispatch.record(
                new RecordStateChange(
                        null, mill.id(), down.plus(Duration.ofHours(2)), EquipmentState.RUNNING, null, null),
                StateChangeSource.API,
                hse);
        return mill.id();
    }

    private void type(By field, String text) {
        var input = waitFor(ExpectedConditions.presenceOfElementLocated(field));
        input.clear();
        input.sendKeys(text);
    }

    private void setValue(By field, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(field), value);
    }
}
