package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.Checklists;
import dev.tandem.audit.SampleChecklists;
import dev.tandem.identity.Logins;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspection done on a 390-pixel phone without network: the checklist comes from the page the phone kept, a failed
 * item that requires a photo and an action gets both on the phone (the photo made smaller there), the completed
 * inspection waits in the outbox, and when the network returns exactly one inspection reaches the server, completed,
 * with its photo, its finding and the finding's action. A joint one, started so by a contractor's supervisor and signed
 * for the contractor on the phone, waits on the server for the plant's line manager to sign it under their own sign-in,
 * and then counts for the contractor that started it.
 */
@BrowserTest
class FieldInspectionBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    FieldInspectionBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void anInspectionCompletedWithoutNetworkArrivesOnceWithItsPhotoFindingAndAction() throws Exception {
        var template =
                SampleChecklists.cranePreUseCheck(context.getBean(Checklists.class), new Logins(context).viewer("hse"));
        offlineOnTheFieldPage("manager", template);
        var by = "Pavel on the crane bay " + UUID.randomUUID();
        latchesFailedInTheManagersArea(template, by);
        assertFitsTheWindow("the inspection");
        complete();

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
        offlineOnTheFieldPage("contractor1", template);
        var by = "Ilya at the ladle pit " + UUID.randomUUID();
        new Select(browser.findElement(By.id("field-checklist"))).selectByValue(template.toString());
        var site = browser.findElement(By.cssSelector("#field-place option[value^='site:']"));
        new Select(browser.findElement(By.id("field-place"))).selectByValue(site.getAttribute("value"));
        var conductedBy = browser.findElement(By.id("field-by"));
        conductedBy.clear();
        conductedBy.sendKeys(by);
        new Select(browser.findElement(By.id("answer-latches"))).selectByValue("yes");
        browser.findElement(By.id("answer-load")).sendKeys("3");
        complete();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-outbox]")));

        // meanwhile the checklist became another contractor's own: this supervisor may no longer read it
        jdbc.sql("update audit_template set organisation_id = :other where id = :id")
                .param("other", new Logins(context).viewer("contractor2").organisationId())
                .param("id", template)
                .update();
        Browser.offline(browser, false);
        var reason = waitFor(
                Duration.ofSeconds(60),
                ExpectedConditions.visibilityOfElementLocated(
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

    @Test
    void aContractorStartsAJointInspectionOfflineAndItCountsForItOnceThePlantSigns() throws Exception {
        var logins = new Logins(context);
        var template = SampleChecklists.cranePreUseCheck(context.getBean(Checklists.class), logins.viewer("hse"));
        var contractor = logins.viewer("contractor1").organisationId();
        offlineOnTheFieldPage("contractor1", template);
        var by = "Supervisor at the crane bay " + UUID.randomUUID();
        new Select(browser.findElement(By.id("field-kind"))).selectByValue("JOINT");
        latchesFailedInTheManagersArea(template, by);
        var title = browser.findElement(By.id("finding-title-latches"));
        title.clear();
        title.sendKeys("Replace the latch of hook 2");

        complete();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("field-status"), "Sign the joint inspection"));
        assertThat(stored(by)).as("refused on the phone while unsigned").isZero();
        // drawn again until the phone keeps it: a late layout shift (the photo's thumbnail) may move the pad away
        for (int stroke = 0; stroke < 3 && !signatureKept(); stroke++) {
            drawSignature(browser.findElement(By.id("field-signature")));
        }
        assertThat(signatureKept())
                .as("the contractor's signature kept in the phone's draft")
                .isTrue();
        assertFitsTheWindow("the joint inspection");
        complete();

        Browser.sentOnceBackOnline(browser, () -> stored(by));
        var inspection = jdbc.sql("select id from audit_inspection where conducted_by = :by")
                .param("by", by)
                .query(UUID.class)
                .single();
        assertThat(row(
                        """
                        select kind, status, started_by_organisation_id, contractor_signature_id is not null as signed,
                               owner_signature_id is null as waiting
                        from audit_inspection where id = :id""",
                        inspection))
                .as("a joint one the contractor started and signed, waiting for the plant's side")
                .containsEntry("kind", "JOINT")
                .containsEntry("status", "IN_PROGRESS")
                .containsEntry("started_by_organisation_id", contractor)
                .containsEntry("signed", true)
                .containsEntry("waiting", true);
        assertThat(count("select count(*) from audit_inspection_finding where audit_inspection = :id", inspection))
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                """
                                select title from corrective_action
                                where source_type = 'INSPECTION' and source_id = :id""")
                        .param("id", inspection)
                        .query(String.class)
                        .list())
                .containsExactly("Replace the latch of hook 2");

        // the plant's line manager signs on their own sign-in, and completes it
        reopen(Browser::phone);
        signIn("manager");
        long completedBefore = completedJointInspections(contractor);
        open("/audit/inspections/" + inspection);
        drawSignature(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("signature-pad"))));
        click(browser.findElement(By.cssSelector("form[data-signature-form] button[type=submit]")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-signature='owner'] img")));
        assertThat(browser.findElement(By.cssSelector("[data-signature='contractor'] img"))
                        .isDisplayed())
                .as("both sides' signatures shown")
                .isTrue();
        click(browser.findElement(By.cssSelector("form[data-complete] button[type=submit]")));
        waitFor(driver -> "COMPLETED"
                .equals(row("select status from audit_inspection where id = :id", inspection)
                        .get("status")));
        assertThat(stored(by)).as("still exactly one").isEqualTo(1);
        assertThat(completedJointInspections(contractor))
                .as("counted for the contractor that started it")
                .isEqualTo(completedBefore + 1);
    }

    /** Signs in on the phone, which keeps the field page for use without network; the network goes, the page stays. */
    private void offlineOnTheFieldPage(String username, UUID template) {
        signIn(username);
        Browser.serviceWorkerReady(browser);
        open("/audit/field");
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-checklist option[value='" + template + "']")));
        Browser.pageKeptOffline(browser);
        Browser.offline(browser, true);
        browser.navigate().refresh();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#field-checklist option[value='" + template + "']")));
    }

    /**
     * The crane check in the line manager's area, done by {@code by}: the latches failed, which asks for a photo and a
     * finding with its action (ticked already), the photo taken and the finding noted.
     */
    private void latchesFailedInTheManagersArea(UUID template, String by) throws Exception {
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
    }

    /** The figures page's count of completed joint inspections the contractor started, 0 when it has no row. */
    private long completedJointInspections(UUID contractor) {
        var name = jdbc.sql("select name from organisation where id = :id")
                .param("id", contractor)
                .query(String.class)
                .single();
        open("/audit/figures");
        var table = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-joint-figures] table")));
        var headers = table.findElements(By.cssSelector("thead th")).stream()
                .map(header -> header.getAttribute("textContent").strip())
                .toList();
        int completed = headers.indexOf("Completed");
        assertThat(completed).as("the column of completed ones").isNotNegative();
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() == headers.size()
                        && cells.get(0).getAttribute("textContent").strip().equals(name))
                .mapToLong(cells -> Long.parseLong(
                        cells.get(completed).getAttribute("textContent").strip()))
                .findFirst()
                .orElse(0);
    }

    /** Whether the phone's draft of the inspection holds the signature drawn, within 5 seconds. */
    private boolean signatureKept() {
        try {
            return waitFor(
                    Duration.ofSeconds(5),
                    driver -> (Boolean)
                            browser.executeAsyncScript(
                                    """
                            var done = arguments[arguments.length - 1];
                            TandemOutbox.drafts.read('inspection:' + (TandemOutbox.user() || ''))
                                .then(function (draft) { done(!!(draft && draft.signature)); });"""));
        } catch (TimeoutException notYet) {
            return false;
        }
    }

    private void complete() {
        click(browser.findElement(By.cssSelector("#field-inspection button[type=submit]")));
    }

    private Map<String, Object> row(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query().singleRow();
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
}
