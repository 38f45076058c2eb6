package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.Checklists;
import dev.tandem.audit.SampleChecklists;
import dev.tandem.identity.Logins;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspection done on a 390-pixel phone without network: the checklist comes from the page the phone kept, a failed
 * item that requires a photo and an action gets both on the phone (the photo made smaller there), the completed
 * inspection waits in the outbox, and when the network returns exactly one inspection reaches the server, completed,
 * with its photo, its finding and the finding's action.
 */
@BrowserTest
class FieldInspectionBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.phone();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anInspectionCompletedWithoutNetworkArrivesOnceWithItsPhotoFindingAndAction() throws Exception {
        var template =
                SampleChecklists.cranePreUseCheck(context.getBean(Checklists.class), new Logins(context).viewer("hse"));
        Browser.signIn(browser, port, "manager");
        Browser.serviceWorkerReady(browser);
        open("/audit/field");
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-checklist option[value='" + template + "']")));
        Browser.pageKeptOffline(browser);

        var by = "Pavel on the crane bay " + UUID.randomUUID();
        Browser.offline(browser, true);
        browser.navigate().refresh();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-checklist option[value='" + template + "']")));
        new Select(browser.findElement(By.id("field-checklist"))).selectByValue(template.toString());
        new Select(browser.findElement(By.id("field-place"))).selectByValue("area:" + managersArea());
        var conductedBy = browser.findElement(By.id("field-by"));
        conductedBy.clear();
        conductedBy.sendKeys(by);
        new Select(browser.findElement(By.id("answer-latches"))).selectByValue("no");
        browser.findElement(By.id("answer-load")).sendKeys("12");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("answer-overload")));
        new Select(browser.findElement(By.id("answer-overload"))).selectByValue("yes");
        assertThat(browser.findElement(By.cssSelector("[data-photo-needed='latches']"))
                        .isDisplayed())
                .as("the failed latches ask for a photo")
                .isTrue();
        assertThat(browser.findElement(By.id("raise-latches")).isSelected())
                .as("and for a finding with its action, already ticked")
                .isTrue();
        browser.findElement(By.id("photo-latches")).sendKeys(photo());
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-photo-needed='latches']")));
        browser.findElement(By.id("finding-note-latches")).sendKeys("The latch of hook 2 is bent open");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the inspection fits a 390-pixel phone")
                .isEqualTo(true);
        browser.executeScript(
                "arguments[0].click()", browser.findElement(By.cssSelector("#field-inspection button[type=submit]")));

        Browser.sentOnceBackOnline(browser, () -> stored(by));
        browser.navigate().refresh();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("field-checklist")));
        assertThat(stored(by))
                .as("exactly one inspection, however often the phone retries")
                .isEqualTo(1);
        var inspection = jdbc.sql("select id from audit_inspection where conducted_by = :by and status = 'COMPLETED'")
                .param("by", by)
                .query(UUID.class)
                .single();
        assertThat(count("select count(*) from audit_inspection_finding where audit_inspection = :id", inspection))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from corrective_action where source_type = 'INSPECTION' and source_id = :id",
                        inspection))
                .isEqualTo(1);
        assertThat(jdbc.sql("select content_type from audit_inspection_photo where inspection_id = :id")
                        .param("id", inspection)
                        .query(String.class)
                        .single())
                .as("the photo, made a JPEG on the phone")
                .isEqualTo("image/jpeg");
    }

    @Test
    void anInspectionWhoseChecklistBecameUnreadableIsKeptOnThePhoneWithWhyUntilDiscarded() throws Exception {
        var template =
                SampleChecklists.cranePreUseCheck(context.getBean(Checklists.class), new Logins(context).viewer("hse"));
        Browser.signIn(browser, port, "contractor1");
        Browser.serviceWorkerReady(browser);
        open("/audit/field");
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-checklist option[value='" + template + "']")));
        Browser.pageKeptOffline(browser);

        var by = "Ilya at the ladle pit " + UUID.randomUUID();
        Browser.offline(browser, true);
        browser.navigate().refresh();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-checklist option[value='" + template + "']")));
        new Select(browser.findElement(By.id("field-checklist"))).selectByValue(template.toString());
        var site = browser.findElement(By.cssSelector("#field-place option[value^='site:']"));
        new Select(browser.findElement(By.id("field-place"))).selectByValue(site.getAttribute("value"));
        var conductedBy = browser.findElement(By.id("field-by"));
        conductedBy.clear();
        conductedBy.sendKeys(by);
        new Select(browser.findElement(By.id("answer-latches"))).selectByValue("yes");
        browser.findElement(By.id("answer-load")).sendKeys("3");
        browser.executeScript(
                "arguments[0].click()", browser.findElement(By.cssSelector("#field-inspection button[type=submit]")));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-outbox]")));

        // meanwhile the checklist became another contractor's own: this supervisor may no longer read it
        jdbc.sql("update audit_template set organisation_id = :other where id = :id")
                .param("other", new Logins(context).viewer("contractor2").organisationId())
                .param("id", template)
                .update();
        Browser.offline(browser, false);
        var reason = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-refused-item] [data-refused-reason]")));
        assertThat(reason.getText()).contains("can no longer be read");
        assertThat(stored(by)).isZero();

        browser.navigate().refresh();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-refused-item]")));
        assertThat(browser.findElement(By.cssSelector("[data-refused-item]")).getText())
                .as("kept on the phone with who did it")
                .contains(by);
        assertThat(browser.findElement(By.cssSelector("[data-outbox]")).isDisplayed())
                .as("not waiting to be sent again")
                .isFalse();
        browser.findElement(By.cssSelector("[data-refused-discard]")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-refused-item]")));
        assertThat(stored(by)).isZero();
    }

    /** A large PNG, as a phone's camera makes them. */
    private String photo() throws Exception {
        var image = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(300, 300, 1200, 900);
        graphics.dispose();
        var file = Files.createTempFile("hook", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file.toAbsolutePath().toString();
    }

    private UUID managersArea() {
        return jdbc.sql(
                        """
                        select a.id from area a join user_account u on u.person_id = a.owner_id
                        where u.username = 'manager' and a.voided_at is null order by a.code limit 1""")
                .query(UUID.class)
                .single();
    }

    private long stored(String by) {
        return jdbc.sql("select count(*) from audit_inspection where conducted_by = :by")
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }
}
