package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.event.EventStatus;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.event.ReviseEvent;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Precondition;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A history panel read in Russian names fields, choices and records in Russian: no id, no field key, no code. */
@BrowserTest
class HistoryPanelBrowserTests extends BrowserJourney {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");
    /** A field's key as the snapshot names it, such as siteId or occurredAt. */
    private static final Pattern FIELD_KEY = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventReporting reporting;

    @Autowired
    EventReview review;

    HistoryPanelBrowserTests() {
        super(Browser::desktop);
    }

    @Test
    void aRussianHistoryPanelShowsNoIdNoFieldKeyAndNoCode() throws Exception {
        var event = reviewedEvent();
        var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        signIn("hse");
        for (var page : List.of("/events/" + event, "/areas/" + area)) {
            open(page + "?lang=ru");
            var panel = browser.findElement(By.cssSelector("[data-history]")).getText();
            assertThat(panel).as(page).contains("История");
            assertThat(ID.matcher(panel).find())
                    .as("an id on %s: %s", page, panel)
                    .isFalse();
            assertThat(FIELD_KEY.matcher(panel).find())
                    .as("a field key on %s: %s", page, panel)
                    .isFalse();
            assertThat(codes()).as(page).noneMatch(code -> panel.matches("(?s).*\\b" + code + "\\b.*"));
        }
        open("/events/" + event + "?lang=ru");
        assertThat(browser.findElement(By.cssSelector("[data-history]")).getText())
                .contains("Тип", "Опасное условие", "Организация", "Участок");
    }

    private static List<String> codes() {
        return Stream.concat(Arrays.stream(EventType.values()), Arrays.stream(EventStatus.values()))
                .map(Enum::name)
                .toList();
    }

    /** A hazard reported by a worker and put on a contractor's work by HSE: its history refers to several records. */
    private UUID reviewedEvent() {
        var logins = new Logins(context);
        var area = jdbc.sql("select id from area where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        var id = reporting
                .report(
                        new ReportEvent(
                                UUID.randomUUID(),
                                EventType.HAZARD,
                                Instant.now().minusSeconds(600),
                                null,
                                area,
                                "Loose handrail on the walkway",
                                false),
                        null,
                        logins.viewer("worker"))
                .record()
                .id();
        var revision = ReviseEvent.of(reporting.event(id, logins.viewer("hse")));
        review.revise(
                id,
                Precondition.none(),
                new ReviseEvent(
                        revision.type(),
                        revision.occurredAt(),
                        revision.siteId(),
                        revision.areaId(),
                        logins.viewer("contractor2").organisationId(),
                        revision.involvedOrganisationIds(),
                        revision.description(),
                        true,
                        false,
                        null,
                        null,
                        List.of()),
                logins.viewer("hse"));
        return id;
    }
}
