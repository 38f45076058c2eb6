package dev.tandem.notification;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Climbs the ladders. The first notification of a kind with a ladder about a record starts an escalation, and each
 * step waits in the timed work until it is due; one node fires it, and its claim ({@code escalation_step_fired}) makes
 * it fire once even if the timed work ran it twice. An acknowledgement of any notification of that kind about the
 * record stops it, unless the kind is {@linkplain NotificationKind#settledOnlyByItsRecord() settled only by its
 * record}; and so does the record being settled (the action done, the stop acknowledged), checked as each step comes
 * due.
 */
@Component
public class Escalations {

    private final JdbcClient jdbc;
    private final EscalationLadders ladders;
    private final SchedulerClient scheduler;
    private final Notifications notifications;
    private final NotifiedRecords records;
    private final Recipients recipients;

    Escalations(
            JdbcClient jdbc,
            EscalationLadders ladders,
            SchedulerClient scheduler,
            Notifications notifications,
            NotifiedRecords records,
            Recipients recipients) {
        this.jdbc = jdbc;
        this.ladders = ladders;
        this.scheduler = scheduler;
        this.notifications = notifications;
        this.records = records;
        this.recipients = recipients;
    }

    /** Why an escalation stopped before its last step, or after it. */
    public enum Stop {
        ACKNOWLEDGED,
        SETTLED
    }

    /** In the posting transaction: the first notification and the escalation it starts are stored together. */
    @EventListener
    void on(NotificationsPosted posted) {
        start(posted.first());
    }

    @ApplicationModuleListener
    void on(NotificationAcknowledged acknowledged) {
        if (NotificationKinds.of(acknowledged.kind())
                .filter(NotificationKind::settledOnlyByItsRecord)
                .isPresent()) {
            return;
        }
        jdbc.sql(
                        """
                        update escalation
                        set stopped_at = :at, stopped_because = 'ACKNOWLEDGED', stopped_by = :person
                        where kind = :kind and record_id = :record and stopped_at is null""")
                .param("at", Timestamp.from(acknowledged.at()))
                .param("person", acknowledged.byPersonId())
                .param("kind", acknowledged.kind())
                .param("record", acknowledged.record().id())
                .update();
    }

    /**
     * Starts the kind's ladder for the notification's record, unless one is climbing already or the notification was
     * made by a ladder: steps count from the notification's time.
     *
     * @return the escalation started, if one was
     */
    @Transactional
    public Optional<UUID> start(Notification notification) {
        var ladder = ladders.findByKind(notification.kind())
                .filter(found -> !found.steps().isEmpty());
        if (ladder.isEmpty() || madeByALadder(notification.id())) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        var record = notification.record();
        var started = jdbc.sql(
                        """
                        insert into escalation (id, kind, record_type, record_id, record_path, arguments,
                                                repeat_every_minutes, started_at)
                        select :id, :kind, :type, :record, :path, n.arguments, :repeat, :at
                        from notification n where n.id = :notification
                        on conflict (kind, record_id) where stopped_at is null do nothing""")
                .param("id", id)
                .param("kind", notification.kind())
                .param("type", record.type())
                .param("record", record.id())
                .param("path", record.path())
                .param("repeat", ladder.get().repeatEveryMinutes())
                .param("at", Timestamp.from(notification.createdAt()))
                .param("notification", notification.id())
                .update();
        if (started == 0) {
            return Optional.empty();
        }
        var steps = ladder.get().steps();
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            var due = new EscalationStepDue(id, i, 0, step.role(), i == steps.size() - 1, step.afterMinutes() > 0);
            schedule(due, notification.createdAt().plus(step.after()));
        }
        return Optional.of(id);
    }

    /** Fires a step that came due: tells its role, unless the escalation stopped or the record is settled. */
    @Transactional
    public void fire(EscalationStepDue due, Instant now) {
        if (!claim(due, now)) {
            return;
        }
        var escalation = escalation(due.escalationId());
        if (escalation.isEmpty() || escalation.get().stopped()) {
            return;
        }
        var running = escalation.get();
        if (records.settled(running.kind(), running.record())) {
            stop(running.id(), Stop.SETTLED, now);
            return;
        }
        var told = tell(running, due);
        jdbc.sql("update escalation_step_fired set notified = :told where escalation_id = :id and step = :step"
                        + " and round = :round")
                .param("told", told)
                .param("id", due.escalationId())
                .param("step", due.step())
                .param("round", due.round())
                .update();
        if (due.last() && running.repeatEveryMinutes() != null) {
            schedule(due.repeated(), now.plus(Duration.ofMinutes(running.repeatEveryMinutes())));
        }
    }

    /**
     * Tells the step's role. A step due with the first notification does not repeat it to those who heard of it
     * already; a later one reminds everyone of the role, since nobody has answered meanwhile.
     */
    private int tell(Running escalation, EscalationStepDue due) {
        var roles = Set.of(due.role());
        if (due.round() == 0
                && !due.reminder()
                && told(escalation).containsAll(recipients.of(roles, escalation.record()))) {
            return 0;
        }
        var occasion = "escalation:" + escalation.id() + ":" + due.step() + ":" + due.round();
        var posted = notifications.post(
                new Announcement(escalation.kind(), escalation.record(), occasion, escalation.arguments()), roles);
        for (var notification : posted) {
            jdbc.sql("insert into escalation_notification (notification_id, escalation_id) values (:n, :e)"
                            + " on conflict do nothing")
                    .param("n", notification.id())
                    .param("e", escalation.id())
                    .update();
        }
        return posted.size();
    }

    private List<UUID> told(Running escalation) {
        return jdbc.sql(
                        """
                        select recipient_person_id from notification
                        where kind = :kind and record_id = :record and created_at >= :started""")
                .param("kind", escalation.kind())
                .param("record", escalation.record().id())
                .param("started", Timestamp.from(escalation.startedAt()))
                .query(UUID.class)
                .list();
    }

    private void schedule(EscalationStepDue due, Instant at) {
        scheduler.scheduleIfNotExists(
                EscalationStepDue.TASK.instance(due.instanceId()).data(due).scheduledTo(at));
    }

    private boolean claim(EscalationStepDue due, Instant now) {
        return jdbc.sql(
                                """
                                insert into escalation_step_fired (escalation_id, step, round, fired_at, notified)
                                values (:id, :step, :round, :at, 0) on conflict do nothing""")
                        .param("id", due.escalationId())
                        .param("step", due.step())
                        .param("round", due.round())
                        .param("at", Timestamp.from(now))
                        .update()
                > 0;
    }

    private void stop(UUID escalationId, Stop because, Instant at) {
        jdbc.sql("update escalation set stopped_at = :at, stopped_because = :because where id = :id"
                        + " and stopped_at is null")
                .param("at", Timestamp.from(at))
                .param("because", because.name())
                .param("id", escalationId)
                .update();
    }

    private boolean madeByALadder(UUID notificationId) {
        return jdbc.sql("select count(*) from escalation_notification where notification_id = :id")
                        .param("id", notificationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<Running> escalation(UUID id) {
        return jdbc.sql(
                        """
                        select id, kind, record_type, record_id, record_path, arguments, repeat_every_minutes,
                               started_at, stopped_at
                        from escalation where id = :id""")
                .param("id", id)
                .query((rs, row) -> new Running(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        new RecordLink(
                                rs.getString("record_type"),
                                rs.getObject("record_id", UUID.class),
                                rs.getString("record_path")),
                        List.of((String[]) rs.getArray("arguments").getArray()),
                        (Integer) rs.getObject("repeat_every_minutes"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("stopped_at") != null))
                .optional();
    }

    private record Running(
            UUID id,
            String kind,
            RecordLink record,
            List<String> arguments,
            Integer repeatEveryMinutes,
            Instant startedAt,
            boolean stopped) {}
}
