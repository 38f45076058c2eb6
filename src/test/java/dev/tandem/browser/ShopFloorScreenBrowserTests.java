package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.identity.Logins;
import dev.tandem.kpi.screens.SetUpScreen;
import dev.tandem.kpi.screens.ShopFloorScreens;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWorkControl;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TV in a workshop: opened with its link alone, it shows one large view after another and counts a near miss
 * reported meanwhile without anyone touching it.
 */
@BrowserTest
class ShopFloorScreenBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    ShopFloorScreens screens;

    @Autowired
    EventReporting reporting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlantStructure plantStructure;

    ShopFloorScreenBrowserTests() {
        super(Browser::television);
    }

    @Test
    void theScreenRotatesItsViewsInLargeTypeAndStaysLive() {
        var logins = new Logins(context);
        var issued = screens.setUp(new SetUpScreen("Sinter plant TV", null, null, 5, "en"), logins.viewer("hse"));
        open("/screen/" + issued.token());

        var giant = browser.findElement(By.cssSelector("[data-view=days] .screen-giant"));
        assertThat(giant.isDisplayed()).isTrue();
        assertThat(Double.parseDouble(giant.getCssValue("font-size").replace("px", "")))
                .as("the days-without counter reads across a workshop")
                .isGreaterThan(200);
        waitFor(Duration.ofSeconds(12), driver -> "rates".equals(showing()));
        assertThat(giant.isDisplayed()).isFalse();
        waitFor(Duration.ofSeconds(12), driver -> "trend".equals(showing()));
        assertThat(browser.executeScript("return document.querySelector('[data-view=trend] canvas').clientHeight"))
                .as("the trend is drawn at the size of the screen")
                .isInstanceOf(Long.class)
                .matches(height -> (Long) height > 400);

        var before = nearMisses();
        var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        reporting.report(
                new ReportEvent(
                        UUID.randomUUID(),
                        EventType.NEAR_MISS,
                        Instant.now().minusSeconds(60),
                        null,
                        area,
                        "A slab slid off the roller table next to the walkway",
                        false),
                null,
                logins.viewer("worker"));
        waitFor(Duration.ofSeconds(10), driver -> nearMisses() == before + 1);

        var stopped = stillStopped();
        context.getBean(StopWorkControl.class)
                .raise(
                        new RaiseStopWork(
                                UUID.randomUUID(),
                                area,
                                logins.viewer("worker").organisationId(),
                                "Lifting slabs with the bay crane",
                                "The crane cab's air conditioning failed",
                                null,
                                null),
                        null,
                        logins.viewer("worker"));
        waitFor(Duration.ofSeconds(10), driver -> stillStopped() == stopped + 1);
    }

    @Test
    void theClockShowsThePlantsTimeWhateverZoneTheTelevisionIsSetTo() {
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Pacific/Honolulu"));
        // a Russian screen: its clock reads the 24 hours of the plant
        var issued = screens.setUp(new SetUpScreen("Gate TV", null, null, 30, "ru"), new Logins(context).viewer("hse"));
        open("/screen/" + issued.token());
        var clock = waitFor(Duration.ofSeconds(5), driver -> {
            var text = driver.findElement(By.cssSelector("[data-clock]")).getText();
            return text.isBlank() ? null : text;
        });
        var plant = ZonedDateTime.now(plantStructure.enterprise().zone());
        var format = DateTimeFormatter.ofPattern("HH:mm");
        assertThat(clock).isIn(plant.format(format), plant.minusMinutes(1).format(format));
    }

    private String showing() {
        return (String) browser.executeScript("return document.body.dataset.showing");
    }

    /** The stops view's count of work still stopped: read live, whichever view is showing. */
    private long stillStopped() {
        return Long.parseLong((String) browser.executeScript(
                "return document.querySelector('[data-view=stops] [data-stops-open] .screen-number').textContent"));
    }

    private long nearMisses() {
        return Long.parseLong((String) browser.executeScript(
                "return document.querySelector('[data-view=pyramid] .pyramid-level:last-child strong').textContent"));
    }
}
