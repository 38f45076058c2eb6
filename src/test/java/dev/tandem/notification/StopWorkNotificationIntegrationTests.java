package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Precondition;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWorkControl;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stop raised rings the area manager's and the safety department's bells at once, CRITICAL; unanswered it climbs
 * its ladder (15 minutes, then the site's director after 60) until it is acknowledged; its initiator hears of every
 * answer and is thanked when the work resumes.
 */
@TandemIntegrationTest
class StopWorkNotificationIntegrationTests {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    StopWorkControl control;

    @Autowired
    Notifications notifications;

    Logins logins;
    UUID area;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        var code = "N" + UUID.randomUUID().toString().substring(0, 8);
        area = context.getBean(PlantStructure.class)
                .createArea(
                        null,
                        new DefineArea(
                                logins.viewer("hse").siteId(),
                                code,
                                "Crane bay " + code,
                                logins.viewer("manager").personId(),
                                null),
                        logins.viewer("admin"))
                .id();
    }

    @Test
    void theAreasManagerAndTheSafetyDepartmentHearAtOnceAndCriticallyAndNoOtherContractorDoes() {
        var stop = raise("contractor1.worker");

        await().atMost(WAIT).until(() -> told("manager", stop, "stopwork.raised") == 1);
        await().atMost(WAIT).until(() -> told("hse", stop, "stopwork.raised") == 1);
        assertThat(severities(stop)).containsOnly("CRITICAL");
        assertThat(told("contractor2", stop, "stopwork.raised")).isZero();
        assertThat(told("director", stop, "stopwork.raised"))
                .as("the director waits an hour")
                .isZero();
        assertThat(texts(stop)).noneMatch(text -> text.contains(name("contractor1.worker")));
    }

    @Test
    void unansweredTheLadderClimbsAtFifteenAndSixtyMinutesToTheSitesDirector() {
        var stop = raise("worker");
        await().atMost(WAIT).until(() -> escalation(stop) != null);
        var escalation = escalation(stop);
        var started = startedAt(escalation);

        assertThat(due(escalation, 0)).isEqualTo(started.plus(15, ChronoUnit.MINUTES));
        assertThat(due(escalation, 1)).isEqualTo(started.plus(60, ChronoUnit.MINUTES));

        fireNow(escalation, 0);
        assertThat(told("hse", stop, "stopwork.raised"))
                .as("told once, at once")
                .isOne();
        fireNow(escalation, 1);
        assertThat(told("director", stop, "stopwork.raised")).isOne();
    }

    @Test
    void theLadderStopsOnceTheStopIsAcknowledged() {
        var stop = raise("worker");
        await().atMost(WAIT).until(() -> escalation(stop) != null);
        var escalation = escalation(stop);

        control.acknowledge(stop, Precondition.none(), logins.viewer("manager"));
        fireNow(escalation, 1);

        assertThat(stoppedBecause(escalation)).isEqualTo("SETTLED");
        assertThat(told("director", stop, "stopwork.raised")).isZero();
    }

    @Test
    void readingTheBellIsNotAnAnswerTheLadderClimbsUntilTheStopItselfIsAcknowledged() {
        var stop = raise("worker");
        await().atMost(WAIT).until(() -> escalation(stop) != null);
        var escalation = escalation(stop);
        var manager = logins.viewer("manager");
        var bell = jdbc.sql("select id from notification where kind = 'stopwork.raised' and record_id = :record"
                        + " and recipient_person_id = :person")
                .param("record", stop)
                .param("person", manager.personId())
                .query(UUID.class)
                .single();

        notifications.acknowledge(bell, manager);
        notifications.acknowledgeAll(new InboxFilter(true, "stopwork.raised", null), logins.viewer("hse"));
        // the acknowledgements have reached the ladder (the listener runs after each commit) before the step comes due
        await().atMost(WAIT).until(() -> acknowledgementsOf(stop, "completion_date is not null") == 2);
        assertThat(acknowledgementsOf(stop, "completion_date is null")).isZero();
        fireNow(escalation, 1);

        assertThat(stoppedBecause(escalation)).isNull();
        assertThat(told("director", stop, "stopwork.raised")).isOne();
    }

    @Test
    void theInitiatorHearsOfEveryAnswerAndIsThankedWhenTheWorkResumes() {
        var stop = raise("contractor1.worker");
        var manager = logins.viewer("manager");

        control.acknowledge(stop, Precondition.none(), manager);
        control.resolve(stop, Precondition.none(), "Air conditioning repaired", manager);
        control.resume(stop, Precondition.none(), "Cab at 24 degrees, checked", manager);

        await().atMost(WAIT).until(() -> told("contractor1.worker", stop, "stopwork.resumed") == 1);
        await().atMost(WAIT).until(() -> told("contractor1.worker", stop, "stopwork.answered") == 2);
        assertThat(told("manager", stop, "stopwork.resumed")).isZero();
        assertThat(told("contractor1", stop, "stopwork.answered")).isZero();
    }

    private UUID raise(String username) {
        var viewer = logins.viewer(username);
        return control.raise(
                        new RaiseStopWork(
                                UUID.randomUUID(),
                                area,
                                viewer.organisationId(),
                                "Lifting ladles with the bay crane",
                                "The cab's air conditioning failed",
                                null,
                                null),
                        null,
                        viewer)
                .record()
                .id();
    }

    private long told(String username, UUID stop, String kind) {
        return jdbc.sql(
                        """
                        select count(*) from notification
                        where kind = :kind and record_id = :record and recipient_person_id = :person""")
                .param("kind", kind)
                .param("record", stop)
                .param("person", logins.viewer(username).personId())
                .query(Long.class)
                .single();
    }

    private List<String> severities(UUID stop) {
        return jdbc.sql("select severity from notification where kind = 'stopwork.raised' and record_id = :record")
                .param("record", stop)
                .query(String.class)
                .list();
    }

    private List<String> texts(UUID stop) {
        return jdbc.sql("select title || ' ' || body from notification where record_id = :record")
                .param("record", stop)
                .query(String.class)
                .list();
    }

    private String name(String username) {
        return jdbc.sql("select full_name from person where id = :id")
                .param("id", logins.viewer(username).personId())
                .query(String.class)
                .single();
    }

    private UUID escalation(UUID stop) {
        return jdbc.sql("select id from escalation where kind = 'stopwork.raised' and record_id = :record")
                .param("record", stop)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private Instant startedAt(UUID escalation) {
        return jdbc.sql("select started_at from escalation where id = :id")
                .param("id", escalation)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private Instant due(UUID escalation, int step) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'escalation-step'"
                        + " and task_instance = :instance")
                .param("instance", escalation + "/" + step + "/0")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }

    /** The ladder's publications of acknowledgements of the stop's notifications, as {@code condition} keeps them. */
    private long acknowledgementsOf(UUID stop, String condition) {
        return jdbc.sql(
                        """
                        select count(*) from event_publication
                        where event_type like '%NotificationAcknowledged' and listener_id like '%Escalations%'
                          and serialized_event like '%' || :record || '%' and\s"""
                                + condition)
                .param("record", stop.toString())
                .query(Long.class)
                .single();
    }

    private String stoppedBecause(UUID escalation) {
        return jdbc.sql("select stopped_because from escalation where id = :id")
                .param("id", escalation)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Brings a waiting step forward to now and waits until the timed work has run it. */
    private void fireNow(UUID escalation, int step) {
        var instance = EscalationStepDue.TASK.instanceId(escalation + "/" + step + "/0");
        assertThat(scheduler.reschedule(instance, Instant.now())).isTrue();
        await().atMost(WAIT)
                .until(() -> scheduler.getScheduledExecution(instance).isEmpty());
    }
}
