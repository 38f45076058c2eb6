package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import dev.tandem.risk.ControlLevel;
import dev.tandem.risk.ControlRegister;
import dev.tandem.risk.DefineControl;
import dev.tandem.risk.HazardTaxonomy;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.RiskRegister;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A line manager on a 390-pixel phone opens a fatal risk, goes to its critical control, takes a photo and records
 * that it failed: the control reads NOT EFFECTIVE, with the verification and its photo listed.
 */
@BrowserTest
class ControlVerificationBrowserTests extends BrowserJourney {

    /** The smallest PNG there is: one transparent pixel. */
    private static final String PIXEL =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskRegister register;

    @Autowired
    ControlRegister controls;

    @Autowired
    HazardTaxonomy taxonomy;

    @Autowired
    ApplicationContext context;

    ControlVerificationBrowserTests() {
        super(Browser::phone);
    }

    @Test
    void aFailedVerificationIsRecordedFromAPhoneWithAPhoto() throws Exception {
        var logins = new Logins(context);
        var hse = logins.viewer("hse");
        var marker = "ctl-" + UUID.randomUUID().toString().substring(0, 8);
        var area = jdbc.sql(
                        "select id from area where voided_at is null and (cast(:site as uuid) is null or site_id = :site)"
                                + " order by code limit 1")
                .param("site", hse.siteId())
                .query(UUID.class)
                .single();
        var manager = logins.viewer("manager").personId();
        var risk = register.identify(
                        new IdentifyRisk(
                                null,
                                null,
                                area,
                                "Tapping",
                                taxonomy.current().get(0).id(),
                                marker + " blast-furnace gas at the tuyeres",
                                "Gas release",
                                "CO poisoning",
                                manager,
                                LocalDate.now().plusMonths(3),
                                true),
                        hse)
                .record();
        controls.add(
                risk.id(),
                new DefineControl(
                        null,
                        ControlLevel.ENGINEERING,
                        marker + " fixed CO monitor",
                        manager,
                        true,
                        "Alarm at 20 ppm",
                        7),
                hse);
        var photo = Files.createTempFile("control", ".png");
        Files.write(photo, Base64.getDecoder().decode(PIXEL));

        signIn("hse");
        open("/risks/" + risk.id());
        var link = visible(By.cssSelector("[data-controls] [data-control] a"));
        assertThat(link.getText()).contains(marker + " fixed CO monitor");
        link.click();

        var fail = visible(By.cssSelector("[data-verify] [data-fail]"));
        assertThat(fail.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(fail.getSize().getWidth()).isGreaterThanOrEqualTo(300);
        assertFitsTheWindow("the control's page");
        browser.findElement(By.id("note")).sendKeys("Monitor silent on the test gas");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        fail.click();

        visible(By.cssSelector("[data-verified-alert]"));
        assertThat(browser.findElement(By.cssSelector("[data-effectiveness]")).getAttribute("data-effectiveness"))
                .isEqualTo("NOT_EFFECTIVE");
        var verification = browser.findElement(By.cssSelector("[data-verification]"));
        assertThat(verification.getAttribute("data-passed")).isEqualTo("false");
        assertThat(verification.getText()).contains("Monitor silent on the test gas");
        browser.get(browser.findElement(By.cssSelector("[data-verification] a")).getAttribute("href"));
        assertThat(browser.executeScript("return document.images.length && document.images[0].naturalWidth"))
                .isEqualTo(1L);
        Files.deleteIfExists(photo);
    }

    private WebElement visible(By selector) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(selector));
    }
}
