package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.tandem.action.ActionProgress;
import dev.tandem.shared.Precondition;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default ladder of overdue actions climbed with time told by the application's clock: the first notification is
 * made as if days ago, and the timed work fires what has come due since, once, however many nodes run it.
 */
@dev.tandem.TandemIntegrationTest
class EscalationIntegrationTests {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    Notifications notifications;

    Escalated escalated;

    @BeforeEach
    void setUp() {
        escalated = new Escalated(context);
    }

    @Test
    void fourDaysOnTheAreaManagerHasHeardOfItAndTheSafetyDepartmentAndDirectorWaitTheirTurn() {
        var action = escalated.action();
        var fourDaysAgo = Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        escalated.overdueAsOf(action, fourDaysAgo);

        await().atMost(WAIT).until(() -> escalated.escalation(action) != null);
        var escalation = escalated.escalation(action);
        await().atMost(WAIT).until(() -> escalated.fired(escalation, 1));
        assertThat(escalated.told("manager", action))
                .as("the area manager, after three days")
                .isOne();
        assertThat(escalated.told("worker", action))
                .as("the owner heard of it from the first notification, and not again from the ladder's first step")
                .isOne();
        assertThat(escalated.fired(escalation, 0)).isTrue();
        assertThat(escalated.due(escalation, 2)).isEqualTo(fourDaysAgo.plus(7, ChronoUnit.DAYS));
        assertThat(escalated.due(escalation, 3)).isEqualTo(fourDaysAgo.plus(14, ChronoUnit.DAYS));
        assertThat(escalated.told("hse", action)).isZero();
        assertThat(escalated.told("director", action)).isZero();
    }

    @Test
    void anAcknowledgementStopsTheLadder() {
        var action = escalated.action();
        var first = escalated.overdueAsOf(action, Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(WAIT).until(() -> escalated.escalation(action) != null);
        var escalation = escalated.escalation(action);

        notifications.acknowledge(first.get(0).id(), escalated.person("worker"));
        await().atMost(WAIT).until(() -> "ACKNOWLEDGED".equals(escalated.stoppedBecause(escalation)));
        fireNow(escalation, 1);

        assertThat(escalated.told("manager", action)).isZero();
    }

    @Test
    void aSettledRecordStopsTheLadder() {
        var action = escalated.action();
        escalated.overdueAsOf(action, Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(WAIT).until(() -> escalated.escalation(action) != null);
        var escalation = escalated.escalation(action);
        var progress = context.getBean(ActionProgress.class);
        var owner = escalated.logins.viewer("worker");
        progress.start(action.id(), Precondition.none(), owner);
        progress.complete(action.id(), Precondition.none(), "Welded", owner);

        fireNow(escalation, 1);

        assertThat(escalated.stoppedBecause(escalation)).isEqualTo("SETTLED");
        assertThat(escalated.told("manager", action)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoMoreSchedulersOnTheSameDatabaseFireEachStepOnce() {
        var actions = new ArrayList<RecordLink>();
        for (int i = 0; i < 8; i++) {
            actions.add(escalated.action());
        }
        var task = (OneTimeTask<EscalationStepDue>) context.getBean("escalationSteps");
        var nodes = List.of(node(task), node(task));
        try {
            nodes.forEach(Scheduler::start);
            // every step of the default ladder is due at once: fifteen days have passed
            var fifteenDaysAgo = Instant.now().minus(15, ChronoUnit.DAYS);
            actions.forEach(action -> escalated.overdueAsOf(action, fifteenDaysAgo));
            await().atMost(WAIT).until(() -> actions.stream()
                    .map(escalated::escalation)
                    .allMatch(id -> id != null && escalated.fired(id, 3) && escalated.fired(id, 2)));
        } finally {
            nodes.forEach(Scheduler::stop);
        }

        for (var action : actions) {
            assertThat(escalated.told("manager", action)).as("area manager").isOne();
            assertThat(escalated.told("worker", action)).as("owner").isOne();
            var perPerson = jdbc.sql(
                            """
                            select count(*) from notification where kind = 'action.overdue' and record_id = :record
                            group by recipient_person_id""")
                    .param("record", action.id())
                    .query(Long.class)
                    .list();
            assertThat(perPerson)
                    .as("notifications per person")
                    .hasSizeGreaterThan(2)
                    .containsOnly(1L);
        }
    }

    /** Brings a waiting step forward to now and waits until the timed work has run it. */
    private void fireNow(UUID escalation, int step) {
        var instance = EscalationStepDue.TASK.instanceId(escalation + "/" + step + "/0");
        assertThat(scheduler.reschedule(instance, Instant.now())).isTrue();
        await().atMost(WAIT)
                .until(() -> scheduler.getScheduledExecution(instance).isEmpty());
    }

    /** Another application node's scheduler: the same task on the same database. */
    private Scheduler node(OneTimeTask<EscalationStepDue> task) {
        return Scheduler.create(context.getBean(DataSource.class), List.of(task))
                .pollingInterval(Duration.ofMillis(100))
                .threads(4)
                .build();
    }
}
