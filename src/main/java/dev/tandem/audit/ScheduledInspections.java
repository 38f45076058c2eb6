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
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the due inspections of schedules whose slot began. A slot is claimed by a conditional update that moves the
 * schedule's next slot on from the one this node read, and each slot's inspection is unique in the database, so with
 * several nodes running the round every slot makes one inspection. Slots that fell due while nothing ran (a stopped
 * application) are made too, each due when the next began, so that adherence counts them as missed; nothing is sent to
 * anyone about them (a due inspection notifies nobody), however many there are.
 */
@Component
@NamedInterface("inspections")
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
            schedules.findById(id).ifPresent(schedule -> made.addAll(make(schedule, now)));
        }
        return made;
    }

    /** The schedule's slots that began by {@code now}, claimed together; an inspection for each. */
    private List<UUID> make(InspectionSchedule schedule, Instant now) {
        var zone = places.zone(schedule.siteId());
        var cadence = schedule.cadenceRule();
        var slots = new ArrayList<Instant>();
        var next = schedule.nextSlotAt();
        while (!next.isAfter(now)) {
            slots.add(next);
            next = cadence.after(next, zone);
        }
        var claimed = jdbc.sql(
                        """
                        update audit_schedule set next_slot_at = :next
                        where id = :id and next_slot_at = :read and voided_at is null""")
                .param("next", Timestamp.from(next))
                .param("id", schedule.id())
                .param("read", Timestamp.from(schedule.nextSlotAt()))
                .update();
        var template = checklists.templateForRound(schedule.templateId());
        if (claimed == 0 || template.isVoided() || template.publishedVersion() == 0) {
            return List.of();
        }
        var version = checklists.publishedVersion(template.id(), template.publishedVersion());
        var place = new InspectionPlace(
                schedule.siteId(),
                schedule.areaId(),
                schedule.organisationId(),
                schedule.organisationId() != null ? schedule.organisationId() : places.ownerCompany(),
                null,
                null,
                InspectionKind.INSPECTION,
                null);
        slots.add(next);
        var made = new ArrayList<UUID>();
        for (int i = 0; i + 1 < slots.size(); i++) {
            var slotAt = slots.get(i);
            var dueAt = slots.get(i + 1);
            made.add(
                    records.createNew(id -> Inspection.due(id, version, place, schedule, slotAt, dueAt, now), SCHEDULER)
                            .id());
        }
        return made;
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
