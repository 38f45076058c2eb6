package dev.tandem.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.shared.TimedWork;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the due inspections of schedules whose slot began. A slot is claimed by a conditional update that moves the
 * schedule's next slot on from the one this node read, and each slot's inspection is unique in the database, so with
 * several nodes running the round every slot makes one inspection. Slots missed while nothing ran (a stopped
 * application) are passed over: the one that began last is made, due when the next begins.
 */
@Component
public class ScheduledInspections {

    private static final Viewer SCHEDULER = Viewer.automated("inspection-schedules", "Tandem");

    private final JdbcClient jdbc;
    private final InspectionSchedules schedules;
    private final AuditedRecords<Inspection> records;
    private final Checklists checklists;
    private final InspectionPlaces places;

    ScheduledInspections(
            JdbcClient jdbc,
            InspectionSchedules schedules,
            Inspections inspections,
            Checklists checklists,
            InspectionPlaces places,
            History history) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.records = history.auditing(inspections, InspectionAccess::canRead);
        this.checklists = checklists;
        this.places = places;
    }

    /** Makes the inspections of the slots that began by the clock's "now"; answers their ids. */
    @Transactional
    public List<UUID> makeDue(Clock clock) {
        var now = Instant.now(clock);
        var made = new ArrayList<UUID>();
        var due = jdbc.sql("select id from audit_schedule where voided_at is null and next_slot_at <= :now")
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list();
        for (var id : due) {
            schedules.findById(id).flatMap(schedule -> make(schedule, now)).ifPresent(made::add);
        }
        return made;
    }

    private java.util.Optional<UUID> make(InspectionSchedule schedule, Instant now) {
        var zone = places.zone(schedule.siteId());
        var cadence = schedule.cadenceRule();
        var slot = schedule.nextSlotAt();
        var next = cadence.after(slot, zone);
        while (!next.isAfter(now)) {
            slot = next;
            next = cadence.after(slot, zone);
        }
        var claimed = jdbc.sql(
                        """
                        update audit_schedule set next_slot_at = :next
                        where id = :id and next_slot_at = :read and voided_at is null""")
                .param("next", Timestamp.from(next))
                .param("id", schedule.id())
                .param("read", Timestamp.from(schedule.nextSlotAt()))
                .update();
        if (claimed == 0) {
            return java.util.Optional.empty();
        }
        var slotAt = slot;
        var dueAt = next;
        var template = checklists.templateForRound(schedule.templateId());
        if (template.isVoided() || template.publishedVersion() == 0) {
            return java.util.Optional.empty();
        }
        var version = checklists.publishedVersion(template.id(), template.publishedVersion());
        var place = new Inspection.Place(
                schedule.siteId(),
                schedule.areaId(),
                schedule.organisationId(),
                schedule.organisationId() != null ? schedule.organisationId() : places.ownerCompany(),
                null,
                null,
                InspectionKind.INSPECTION,
                null);
        var made =
                records.create(null, id -> Inspection.due(id, version, place, schedule, slotAt, dueAt, now), SCHEDULER);
        return java.util.Optional.of(made.record().id());
    }

    @Configuration(proxyBeanMethods = false)
    static class Scheduling {

        @Bean
        RecurringTask<Void> inspectionScheduleRounds(
                ScheduledInspections scheduled, AuditProperties properties, Clock clock) {
            return Tasks.recurring("audit-inspection-schedules", TimedWork.every(properties.scheduleInterval()))
                    .execute((instance, context) -> scheduled.makeDue(clock));
        }
    }
}
