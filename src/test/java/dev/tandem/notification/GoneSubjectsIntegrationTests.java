package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionRaised;
import dev.tandem.action.SourceType;
import dev.tandem.event.EventReported;
import dev.tandem.event.EventType;
import dev.tandem.risk.CriticalControlFailed;
import dev.tandem.stopwork.StopWorkRaised;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification about a record that is not there (an id no module knows) tells nobody and fails nothing: looking
 * the record up inside the announcer's transaction does not leave that transaction marked for rollback, which used to
 * end such an announcement in an UnexpectedRollbackException and leave its event publication failed.
 */
@TandemIntegrationTest
class GoneSubjectsIntegrationTests {

    @Autowired
    Notifications notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({
        "action, action.overdue",
        "event, event.reported",
        "risk-control, risk.fatal-control-failed",
        "stop-work, stopwork.raised"
    })
    void anAnnouncementAboutARecordThatIsNotThereTellsNobodyAndCommits(String type, String kind) {
        var id = UUID.randomUUID();

        var posted = notifications.post(new Announcement(kind, new RecordLink(type, id, "/gone/" + id), "", List.of()));

        assertThat(posted).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where record_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void newsOfAnActionAnEventAControlOrAStopThatIsNotThereIsHandledAndTellsNobody() {
        var action = UUID.randomUUID();
        var event = UUID.randomUUID();
        var control = UUID.randomUUID();
        var stop = UUID.randomUUID();
        var site = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ActionRaised(
                    action,
                    SourceType.OTHER,
                    null,
                    null,
                    site,
                    null,
                    UUID.randomUUID(),
                    LocalDate.now().plusDays(3),
                    ActionPriority.MEDIUM));
            events.publishEvent(new EventReported(event, EventType.HAZARD, site, null, Instant.now()));
            events.publishEvent(new CriticalControlFailed(
                    control, UUID.randomUUID(), site, null, true, UUID.randomUUID(), UUID.randomUUID(), Instant.now()));
            events.publishEvent(new StopWorkRaised(stop, site, UUID.randomUUID(), Instant.now()));
        });

        for (var id : List.of(action, event, control, stop)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> announcerPublications(id, "completion_date is not null") == 1);
            assertThat(announcerPublications(id, "completion_date is null")).isZero();
            assertThat(jdbc.sql("select count(*) from notification where record_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }

    /** The notification module's publications of the event about the record, in the given state. */
    private long announcerPublications(UUID record, String state) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%.notification.%'"
                        + " and serialized_event like '%' || :id || '%' and " + state)
                .param("id", record.toString())
                .query(Long.class)
                .single();
    }
}
