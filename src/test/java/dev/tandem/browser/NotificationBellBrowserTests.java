package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bell in the menu rings on a page that is already open: the safety department assigns an action to a line
 * manager in one browser, the manager's page in another shows the unread count within seconds, and the inbox opens
 * the action.
 */
@BrowserTest
class NotificationBellBrowserTests extends BrowserJourney {

    /** A few seconds for the news to travel: the listener after the commit, the database's NOTIFY, the stream. */
    static final Duration RINGS_WITHIN = Duration.ofSeconds(5);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    NotificationBellBrowserTests() {
        super(Browser::desktop);
    }

    @Test
    void aLineManagersPageRingsWhenAnActionIsAssignedToThemElsewhereAndTheInboxOpensTheAction() throws Exception {
        var managerViewer = new Logins(context).viewer("manager");
        jdbc.sql("update notification set acknowledged_at = now(), acknowledged_by = :person"
                        + " where recipient_person_id = :person and acknowledged_at is null")
                .param("person", managerViewer.personId())
                .update();
        // the line manager's page is in the test's own browser, the safety department's in another
        signIn("manager");
        open("/actions");
        var bell = browser.findElement(By.cssSelector("[data-bell]"));
        waitFor(ExpectedConditions.attributeToBe(bell, "data-unread", "0"));
        assertThat(bell.findElement(By.cssSelector("[data-bell-count]")).isDisplayed())
                .isFalse();
        // the bell is drawn as an icon of the page's own (a font's glyph drew as an empty box in headless Chromium),
        // named for screen readers by the link's label
        var icon = bell.findElement(By.cssSelector("svg[data-bell-icon]"));
        assertThat(icon.getSize().getWidth()).isGreaterThanOrEqualTo(20);
        assertThat(icon.getDomAttribute("aria-hidden")).isEqualTo("true");
        assertThat(bell.getDomAttribute("aria-label")).isIn("Notifications: 0 unread", "Уведомления: непрочитанных 0");

        var hse = another(Browser::desktop);
        Browser.signIn(hse, port, "hse");
        hse.get(address("/actions/new"));
        var title = "Guard the conveyor tail " + UUID.randomUUID().toString().substring(0, 6);
        hse.findElement(By.id("title")).sendKeys(title);
        new Select(hse.findElement(By.id("siteId")))
                .selectByValue(managerViewer.siteId().toString());
        new Select(hse.findElement(By.id("responsibleOrganisationId")))
                .selectByValue(managerViewer.organisationId().toString());
        hse.findElement(By.name("q")).sendKeys(managerViewer.displayName());
        new WebDriverWait(hse, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#ownerPersonId option[value='" + managerViewer.personId() + "']")));
        new Select(hse.findElement(By.id("ownerPersonId")))
                .selectByValue(managerViewer.personId().toString());
        hse.executeScript(
                "arguments[0].value = arguments[1]",
                hse.findElement(By.id("dueDate")),
                LocalDate.now().plusDays(14).toString());
        var raise = hse.findElement(By.cssSelector("main form button[type=submit]"));
        hse.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", raise);
        raise.click();
        new WebDriverWait(hse, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches("/actions/[0-9a-f-]{36}$"));
        var actionPath = hse.getCurrentUrl().substring(hse.getCurrentUrl().indexOf("/actions/"));

        waitFor(
                RINGS_WITHIN,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-bell-count]"), "1"));
        assertThat(browser.findElement(By.cssSelector("[data-bell-count]")).isDisplayed())
                .isTrue();

        browser.findElement(By.cssSelector("[data-bell]")).click();
        waitFor(ExpectedConditions.urlContains("/notifications"));
        var item = browser.findElement(By.cssSelector("[data-inbox] li"));
        assertThat(item.getText()).contains(title);
        item.findElement(By.cssSelector("[data-open]")).click();
        waitFor(ExpectedConditions.urlContains(actionPath));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);
    }
}
