package dev.tandem.notification;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.identity.Logins;
import dev.tandem.shared.ReplayableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the escalation tests climb: an action raised from a hazard in an area that the line manager owns, owned by the
 * owner company's worker, and its first "overdue" notification made as if at a moment in the past.
 */
final class Escalated {

    final Logins logins;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    Escalated(ApplicationContext context) {
        this.context = context;
        this.logins = new Logins(context);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    UUID person(String username) {
        return logins.viewer(username).personId();
    }

    /** A new action in a new area of the manager's, owned by the worker. */
    RecordLink action() {
        var area = UUID.randomUUID();
        // the director's site, where the ladder's site HSE and site director are: other tests add sites of their own
        var site = logins.viewer("director").siteId();
        jdbc.sql(
                        """
                        insert into area (id, site_id, code, name, owner_id, version)
                        values (:id, :site, :code, 'Escalation test area', :owner, 0)""")
                .param("id", area)
                .param("site", site)
                .param("code", "E" + area.toString().substring(0, 8))
                .param("owner", person("manager"))
                .update();
        var event = context.getBean(EventReporting.class)
                .report(
                        new ReportEvent(UUID.randomUUID(), EventType.HAZARD, null, null, area, "Loose grating", false),
                        null,
                        logins.viewer("worker"))
                .record()
                .id();
        var owner = logins.viewer("worker");
        var action = context.getBean(ActionPlanning.class)
                .raise(
                        new RaiseAction(
                                UUID.randomUUID(),
                                "Fix the grating",
                                null,
                                SourceType.EVENT,
                                event,
                                site,
                                owner.personId(),
                                owner.organisationId(),
                                LocalDate.now().plusDays(10),
                                null),
                        logins.viewer("manager"))
                .record()
                .id();
        return new RecordLink("action", action, "/actions/" + action);
    }

    /** The first "overdue" notification of the action, as if made at {@code at}: the ladder counts from there. */
    List<Notification> overdueAsOf(RecordLink action, Instant at) {
        var notifications = context.getBean(Notifications.class);
        return context.getBean(ReplayableClock.class)
                .replay(
                        at,
                        () -> notifications.post(new Announcement(
                                "action.overdue", action, "test", List.of("Fix the grating", "2026-01-01"))));
    }

    /** The running or stopped escalation of the action's "overdue" notifications, once it has started. */
    UUID escalation(RecordLink action) {
        return jdbc.sql("select id from escalation where kind = 'action.overdue' and record_id = :record")
                .param("record", action.id())
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** How many "overdue" notifications about the action the person has. */
    long told(String username, RecordLink action) {
        return jdbc.sql(
                        """
                        select count(*) from notification
                        where kind = 'action.overdue' and record_id = :record and recipient_person_id = :person""")
                .param("record", action.id())
                .param("person", person(username))
                .query(Long.class)
                .single();
    }

    /** When a step of the escalation is due, while it waits in the timed work. */
    Instant due(UUID escalation, int step) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'escalation-step'"
                        + " and task_instance = :instance")
                .param("instance", escalation + "/" + step + "/0")
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }

    boolean fired(UUID escalation, int step) {
        return jdbc.sql("select count(*) from escalation_step_fired where escalation_id = :id and step = :step")
                        .param("id", escalation)
                        .param("step", step)
                        .query(Long.class)
                        .single()
                > 0;
    }

    String stoppedBecause(UUID escalation) {
        return jdbc.sql("select stopped_because from escalation where id = :id")
                .param("id", escalation)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
