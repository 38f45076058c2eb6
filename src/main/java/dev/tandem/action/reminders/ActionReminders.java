package dev.tandem.action.reminders;

import dev.tandem.action.ActionDueSoon;
import dev.tandem.action.ActionOverdue;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.RecordRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds of unfinished actions: once when one falls due within {@code tandem.action.reminder-days-before} days, once
 * when it is overdue. Each reminder is claimed by a conditional UPDATE that marks the action and returns it, so with
 * several application nodes running this job, each reminder still fires exactly once. The reminder is in-app for now:
 * the list and the panel show due soon and overdue, and the published events reach notifications when they exist.
 */
@Component
public class ActionReminders {

    private final JdbcClient jdbc;
    private final ActionProperties properties;
    private final PlantStructure plant;
    // reminders are claimed by a conditional SQL update (safe on several nodes), not by saving the action
    private final ApplicationEventPublisher publisher;

    ActionReminders(
            JdbcClient jdbc, ActionProperties properties, PlantStructure plant, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.plant = plant;
        this.publisher = publisher;
    }

    /** The actions reminded of in one run. */
    public record Reminded(List<UUID> dueSoon, List<UUID> overdue) {}

    /**
     * Marks and announces the actions that fell due soon or overdue as of the clock's "now": the schedule passes the
     * application's clock, tests a fixed one. Claims and events commit together.
     */
    @Transactional
    public Reminded remind(Clock at) {
        var today = LocalDate.now(at.withZone(ZoneId.of(plant.enterprise().timeZone())));
        var now = Timestamp.from(Instant.now(at));
        var dueSoon = claim(
                "reminded_due_at",
                "action_due_soon(status, voided_at, due_date, :today, :horizon)",
                today,
                today.plusDays(properties.reminderDaysBefore()),
                now,
                row -> new ActionDueSoon(row.id(), row.siteId(), row.organisationId(), row.ownerId(), row.dueDate()));
        var overdue = claim(
                "reminded_overdue_at",
                "action_overdue(status, voided_at, due_date, :today)",
                today,
                today,
                now,
                row -> new ActionOverdue(row.id(), row.siteId(), row.organisationId(), row.ownerId(), row.dueDate()));
        return new Reminded(dueSoon, overdue);
    }

    /** A new due date deserves its own reminders. */
    public void forget(UUID actionId) {
        jdbc.sql("update corrective_action set reminded_due_at = null, reminded_overdue_at = null where id = :id")
                .param("id", actionId)
                .update();
    }

    private record Claimed(UUID id, UUID siteId, UUID organisationId, UUID ownerId, LocalDate dueDate) {}

    private List<UUID> claim(
            String mark,
            String condition,
            LocalDate today,
            LocalDate horizon,
            Timestamp now,
            Function<Claimed, Object> event) {
        var claimed = jdbc.sql(
                        "update corrective_action set " + mark + " = :now where " + mark + " is null and " + condition
                                + " returning id, site_id, responsible_organisation_id as organisation_id,"
                                + " owner_person_id as owner_id, due_date")
                .param("now", now)
                .param("today", today)
                .param("horizon", horizon)
                .query(RecordRows.of(Claimed.class))
                .list();
        claimed.forEach(row -> publisher.publishEvent(event.apply(row)));
        return claimed.stream().map(Claimed::id).toList();
    }
}
