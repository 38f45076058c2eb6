package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.NewPlaces;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stop raised rings the area manager's and the safety department's bells at once, CRITICAL; unanswered it climbs
 * its ladder (the site's HSE lead at 15 minutes, the site's director at 60), timed by a node of the timed work whose
 * clock the test sets, until it is acknowledged; its initiator hears of every answer and is thanked when the work
 * resumes.
 */
@TandemIntegrationTest
class StopWorkNotificationIntegrationTests {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StopWorkControl control;

    @Autowired
    Notifications notifications;

    Logins logins;
    Escalated escalated;
    UUID area;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        escalated = new Escalated(context);
        area = new NewPlaces(context)
                .area(
                        logins.viewer("hse").siteId(),
                        "Crane bay",
                        logins.viewer("manager").personId());
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
    void unansweredTheLadderClimbsAtFifteenMinutesAndToTheSitesDirectorAtSixtyAndNotBefore() {
        var stop = raise("worker");
        await().atMost(WAIT).until(() -> escalation(stop) != null);
        var escalation = escalation(stop);
        var started = startedAt(escalation);
        var node = node();

        node.runAt(started.plus(15, ChronoUnit.MINUTES).minusSeconds(1));
        assertThat(escalated.fired(escalation, 0))
                .as("a second before the first step")
                .isFalse();
        node.runAt(started.plus(15, ChronoUnit.MINUTES));
        assertThat(escalated.fired(escalation, 0)).isTrue();
        assertThat(told("hse", stop, "stopwork.raised"))
                .as("the site's HSE lead, told at once and reminded by the ladder")
                .isEqualTo(2);
        assertThat(told("manager", stop, "stopwork.raised")).isOne();
        node.runAt(started.plus(60, ChronoUnit.MINUTES).minusSeconds(1));
        assertThat(escalated.fired(escalation, 1))
                .as("a second before the hour")
                .isFalse();
        assertThat(told("director", stop, "stopwork.raised")).isZero();
        node.runAt(started.plus(60, ChronoUnit.MINUTES));
        assertThat(told("director", stop, "stopwork.raised")).isOne();
    }

    @Test
    void aNamedHseLeadHearsAtFifteenMinutesAndASiteNamingNoneRemindsItsSafetyDepartment() {
        var plant = context.getBean(PlantStructure.class);
        var admin = logins.viewer("admin");
        var places = new NewPlaces(context);
        area = places.area(
                places.site("Lime kiln", admin.personId()).id(),
                "Kiln bay",
                logins.viewer("manager").personId());
        var led = raise("worker");
        await().atMost(WAIT).until(() -> escalation(led) != null);
        node().runAt(startedAt(escalation(led)).plus(15, ChronoUnit.MINUTES));
        assertThat(told("admin", led, "stopwork.raised"))
                .as("the lead the site names")
                .isOne();
        assertThat(told("hse", led, "stopwork.raised"))
                .as("the safety department of another site")
                .isZero();

        var mainSite = plant.site(logins.viewer("hse").siteId());
        var lead = mainSite.hseLeadId();
        plant.updateSite(
                mainSite.id(), Precondition.none(), DefineSite.of(mainSite).ledBy(null), admin);
        try {
            setUp();
            var unled = raise("worker");
            await().atMost(WAIT).until(() -> escalation(unled) != null);
            node().runAt(startedAt(escalation(unled)).plus(15, ChronoUnit.MINUTES));
            assertThat(told("hse", unled, "stopwork.raised"))
                    .as("no lead named: the site's HSE specialists, reminded")
                    .isEqualTo(2);
            assertThat(told("admin", unled, "stopwork.raised")).isZero();
        } finally {
            var now = plant.site(mainSite.id());
            plant.updateSite(now.id(), Precondition.none(), DefineSite.of(now).ledBy(lead), admin);
        }
    }

    @Test
    void theLadderStopsOnceTheStopIsAcknowledged() {
        var stop = raise("worker");
        await().atMost(WAIT).until(() -> escalation(stop) != null);
        var escalation = escalation(stop);
        var started = startedAt(escalation);

        control.acknowledge(stop, Precondition.none(), logins.viewer("manager"));
        node().runAt(started.plus(60, ChronoUnit.MINUTES));

        assertThat(escalated.fired(escalation, 1))
                .as("the hour's step came due")
                .isTrue();
        assertThat(escalated.stoppedBecause(escalation)).isEqualTo("SETTLED");
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
        node().runAt(startedAt(escalation).plus(60, ChronoUnit.MINUTES));

        assertThat(escalated.stoppedBecause(escalation)).isNull();
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

    /** Another node of the timed work whose clock the test sets: it fires what is due by then, and nothing later. */
    private TimedNode node() {
        @SuppressWarnings("unchecked")
        var task = (OneTimeTask<EscalationStepDue>) context.getBean("escalationSteps");
        return new TimedNode(
                TestHelper.createManualScheduler(context.getBean(DataSource.class), List.of(task))
                        .clock(new SettableClock())
                        .build(),
                jdbc);
    }

    private record TimedNode(ManualScheduler scheduler, JdbcClient jdbc) {

        /** Runs the steps due at {@code at}, earlier ones of other tests too, until none is left. */
        void runAt(Instant at) {
            scheduler.setTime(at);
            for (int round = 0; round < 100 && due(at) > 0; round++) {
                scheduler.runAnyDueExecutions();
            }
            assertThat(due(at)).as("steps due at " + at + " left unfired").isZero();
        }

        private long due(Instant at) {
            return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'escalation-step'"
                            + " and execution_time <= :at and not picked")
                    .param("at", Timestamp.from(at))
                    .query(Long.class)
                    .single();
        }
    }
}
