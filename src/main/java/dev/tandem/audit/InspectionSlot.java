package dev.tandem.audit;

import dev.tandem.history.KeptOutOfHistory;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What a schedule made an inspection for: its slot, when it is due (until the next slot begins) and whom it is
 * assigned to, a role or a person. All empty for one started ad hoc.
 */
@NamedInterface("inspections")
public record InspectionSlot(
        @KeptOutOfHistory("a schedule's inspection is created by the schedule and never moves to another")
                UUID scheduleId,
        @KeptOutOfHistory("the slot of its schedule, fixed when it is created") Instant slotAt,
        Instant dueAt,
        String assignedRole,
        UUID assignedPersonId) {

    /** An inspection started ad hoc. */
    static final InspectionSlot NONE = new InspectionSlot(null, null, null, null, null);

    static InspectionSlot of(InspectionSchedule schedule, Instant slot, Instant due) {
        return new InspectionSlot(schedule.id(), slot, due, schedule.assignedRole(), schedule.assignedPersonId());
    }
}
