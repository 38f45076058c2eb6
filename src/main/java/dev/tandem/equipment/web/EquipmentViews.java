package dev.tandem.equipment.web;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.equipment.dispatch.DispatchPeriod;
import dev.tandem.equipment.dispatch.StateChange;
import dev.tandem.equipment.reliability.Reliability;
import dev.tandem.history.Voiding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** What the equipment API sends and receives besides the module's own types. */
final class EquipmentViews {

    private EquipmentViews() {}

    /** Equipment as a client registers it; sending the same id again returns the stored equipment. */
    record Registration(
            UUID id,
            @NotNull UUID siteId,
            @NotNull UUID areaId,
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull EquipmentType type,
            @NotNull Criticality criticality,
            @Size(max = 2000) String description) {

        RegisterEquipment form() {
            return new RegisterEquipment(siteId, areaId, code, name, type, criticality, description);
        }
    }

    /** @param state the state it is in now; null when none was ever recorded */
    record EquipmentView(
            UUID id,
            UUID siteId,
            UUID areaId,
            String code,
            String name,
            EquipmentType type,
            Criticality criticality,
            String description,
            CurrentState state,
            Voiding voided) {

        static EquipmentView of(Equipment equipment, StateChange current) {
            return new EquipmentView(
                    equipment.id(),
                    equipment.siteId(),
                    equipment.areaId(),
                    equipment.code(),
                    equipment.name(),
                    equipment.type(),
                    equipment.criticality(),
                    equipment.description(),
                    current == null ? null : new CurrentState(current.state(), current.at(), current.reason()),
                    equipment.voided().orElse(null));
        }
    }

    record CurrentState(EquipmentState state, Instant since, DowntimeReason reason) {}

    /** Several state changes recorded together: all of them or none. */
    record Batch(List<RecordStateChange> changes) {}

    record BatchRecorded(int created, int unchanged, List<UUID> ids) {}

    record Imported(int created, int unchanged) {}

    record ReasonView(DowntimeReason code, boolean planned, String label) {}

    /**
     * MTBF, MTTR and the time in each state, in hours with two decimals; MTBF and MTTR are null without a failure.
     *
     * @param measuredTo the end of what was measured: the end of the period, or now if that is earlier
     */
    record ReliabilityView(
            UUID equipmentId,
            LocalDate from,
            LocalDate to,
            Instant measuredFrom,
            Instant measuredTo,
            int failures,
            int plannedStops,
            BigDecimal mtbfHours,
            BigDecimal mttrHours,
            BigDecimal runningHours,
            BigDecimal idleHours,
            BigDecimal plannedDownHours,
            BigDecimal unplannedDownHours,
            BigDecimal unknownHours) {

        static ReliabilityView of(Reliability reliability, DispatchPeriod period) {
            return new ReliabilityView(
                    reliability.equipmentId(),
                    period.from(),
                    period.to(),
                    reliability.from(),
                    reliability.to(),
                    reliability.failures(),
                    reliability.plannedStops(),
                    reliability.mtbf().map(EquipmentViews::hours).orElse(null),
                    reliability.mttr().map(EquipmentViews::hours).orElse(null),
                    hours(reliability.running()),
                    hours(reliability.idle()),
                    hours(reliability.plannedDown()),
                    hours(reliability.unplannedDown()),
                    hours(reliability.unknown()));
        }
    }

    /** A duration in hours with two decimals, as people read MTBF and MTTR. */
    static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP);
    }

    /** Which downtimes a list shows; days are the enterprise's (or, for one machine, its site's). */
    record DowntimeQuery(
            UUID equipmentId,
            UUID siteId,
            UUID areaId,
            DowntimeReason reason,
            Boolean planned,
            Boolean open,
            LocalDate from,
            LocalDate to,
            Boolean withdrawn) {

        DowntimeFilter filter(ZoneId zone) {
            return new DowntimeFilter(
                    equipmentId,
                    siteId,
                    areaId,
                    reason,
                    planned,
                    open,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                    withdrawn);
        }
    }
}
