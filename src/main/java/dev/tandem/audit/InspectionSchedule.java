package dev.tandem.audit;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * Inspections that fall due by a cadence on a site's wall clock (every shift, weekly, monthly), of one checklist, on
 * the site, an area of it or a contractor's work there, for a role or a person. Each slot makes one due inspection,
 * claimed by the round that moves {@code nextSlotAt} on (see {@link ScheduledInspections}).
 */
@Table("audit_schedule")
@NamedInterface("inspections")
public class InspectionSchedule extends Voidable {

    @Id
    private final UUID id;

    private final UUID templateId;
    private final UUID siteId;
    private final UUID areaId;
    private final UUID organisationId;
    private final Cadence.Frequency cadence;
    private final String times;
    private final Integer dayOfWeek;
    private final Integer dayOfMonth;
    private final String assignedRole;
    private final UUID assignedPersonId;

    @KeptOutOfHistory("moved on by each round's conditional update, not by a person")
    private final Instant nextSlotAt;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    InspectionSchedule(
            UUID id,
            UUID templateId,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            Cadence.Frequency cadence,
            String times,
            Integer dayOfWeek,
            Integer dayOfMonth,
            String assignedRole,
            UUID assignedPersonId,
            Instant nextSlotAt,
            Instant createdAt,
            Long version) {
        this.id = id;
        this.templateId = templateId;
        this.siteId = siteId;
        this.areaId = areaId;
        this.organisationId = organisationId;
        this.cadence = cadence;
        this.times = times;
        this.dayOfWeek = dayOfWeek;
        this.dayOfMonth = dayOfMonth;
        this.assignedRole = assignedRole;
        this.assignedPersonId = assignedPersonId;
        this.nextSlotAt = nextSlotAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    static InspectionSchedule planned(UUID id, PlanSchedule plan, Cadence cadence, Instant firstSlot, Instant now) {
        return new InspectionSchedule(
                id,
                plan.templateId(),
                plan.siteId(),
                plan.areaId(),
                plan.organisationId(),
                cadence.frequency(),
                cadence.writtenTimes(),
                cadence.dayOfWeek() == null ? null : cadence.dayOfWeek().getValue(),
                cadence.dayOfMonth(),
                plan.assignedRole() == null ? null : plan.assignedRole().name(),
                plan.assignedPersonId(),
                firstSlot,
                now,
                null);
    }

    public Cadence cadenceRule() {
        return new Cadence(
                cadence, Cadence.times(times), dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek), dayOfMonth);
    }

    @Override
    public String recordType() {
        return "inspection-schedule";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID templateId() {
        return templateId;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID areaId() {
        return areaId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public Cadence.Frequency cadence() {
        return cadence;
    }

    public String times() {
        return times;
    }

    public Integer dayOfWeek() {
        return dayOfWeek;
    }

    public Integer dayOfMonth() {
        return dayOfMonth;
    }

    public String assignedRole() {
        return assignedRole;
    }

    public UUID assignedPersonId() {
        return assignedPersonId;
    }

    public Instant nextSlotAt() {
        return nextSlotAt;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "templateId", templateId,
                "siteId", siteId,
                "areaId", areaId,
                "organisationId", organisationId,
                "cadence", cadence,
                "times", times,
                "dayOfWeek", dayOfWeek,
                "dayOfMonth", dayOfMonth,
                "assignedRole", assignedRole,
                "assignedPersonId", assignedPersonId);
    }
}
