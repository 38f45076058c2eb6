package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.identity.Logins;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The safety department reviews an event of every type from its page and saves the review. */
@BrowserTest
class EventReviewBrowserTests extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EarlyWarnings warnings;

    @Autowired
    EventReporting reporting;

    @Autowired
    ApplicationContext context;

    EventReviewBrowserTests() {
        super(Browser::desktop);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSafetyDepartmentSavesTheReviewOfAnEvent(EventType type) {
        var event = openEventOf(type);
        signIn("hse");
        open("/events/" + event);
        var note = "Reviewed on the spot " + UUID.randomUUID();
        browser.findElement(By.id("reviewNote")).sendKeys(note);
        var save = browser.findElement(By.cssSelector("form[method=post] button.btn-lg[type=submit]"));
        click(save);

        waitFor(ExpectedConditions.urlContains("saved"));
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("Saved.");
        assertThat(jdbc.sql("select review_note from safety_event where id = :id")
                        .param("id", event)
                        .query(String.class)
                        .single())
                .isEqualTo(note);
    }

    /** A fresh report of the type, as a worker makes it; warnings come from a detector. */
    private UUID openEventOf(EventType type) {
        if (type == EventType.EARLY_WARNING) {
            return raiseWarning();
        }
        var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        var report = new ReportEvent(
                UUID.randomUUID(), type, Instant.now().minusSeconds(3600), null, area, "Seen on the shift", false);
        return reporting
                .report(report, null, new Logins(context).viewer("worker"))
                .record()
                .id();
    }

    /** The tests' plant has no detectors running: a warning as the pump's detector raises it. */
    private UUID raiseWarning() {
        var pump = jdbc.sql("select id, site_id, area_id from equipment where code = 'P-101'")
                .query((rs, row) -> new EarlyWarningDetected(
                        UUID.randomUUID(),
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("area_id", UUID.class),
                        Instant.now().minusSeconds(60),
                        "Discharge pressure falling while vibration rises",
                        List.of(new ContributingSignal("P-101.pressure", "pressure", "bar", 3.1, 0.7, 4.5, 6.5))))
                .single();
        return warnings.raise(pump).id();
    }
}
