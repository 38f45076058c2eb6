package dev.tandem.audit.web;

import dev.tandem.audit.Cadence;
import dev.tandem.audit.InspectionPlanning;
import dev.tandem.audit.InspectionQueries;
import dev.tandem.audit.InspectionQueries.ScheduleRow;
import dev.tandem.audit.InspectionSchedule;
import dev.tandem.audit.PlanSchedule;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Schedules of inspections: every shift, weekly or monthly on the site's wall clock, for a role or a person. */
@RestController
@RequestMapping("/api/v1/inspection-schedules")
class ScheduleApi {

    private final InspectionPlanning planning;
    private final InspectionQueries queries;
    private final History history;

    ScheduleApi(InspectionPlanning planning, InspectionQueries queries, History history) {
        this.planning = planning;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping
    Page<ScheduleRow> list(Paging paging, Viewer viewer) {
        return queries.schedules(paging, viewer);
    }

    /** Plans a schedule; sending the same id again returns the stored one. */
    @PostMapping
    ResponseEntity<ScheduleView> plan(@Valid @RequestBody PlanSchedule plan, Viewer viewer) {
        var created = planning.plan(plan, viewer);
        var schedule = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/inspection-schedules/" + schedule.id()))
                .eTag("\"" + schedule.version() + "\"")
                .body(ScheduleView.of(schedule));
    }

    @GetMapping("/{id}")
    ResponseEntity<ScheduleView> schedule(@PathVariable UUID id, Viewer viewer) {
        var schedule = planning.schedule(id, viewer);
        return Versions.tagged(schedule.version(), ScheduleView.of(schedule));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<ScheduleView> voidSchedule(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        var schedule = planning.voidSchedule(id, request.reason(), viewer);
        return Versions.tagged(schedule.version(), ScheduleView.of(schedule));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(planning.schedule(id, viewer));
    }

    record ScheduleView(
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
            boolean voided) {

        static ScheduleView of(InspectionSchedule schedule) {
            return new ScheduleView(
                    schedule.id(),
                    schedule.templateId(),
                    schedule.siteId(),
                    schedule.areaId(),
                    schedule.organisationId(),
                    schedule.cadence(),
                    schedule.times(),
                    schedule.dayOfWeek(),
                    schedule.dayOfMonth(),
                    schedule.assignedRole(),
                    schedule.assignedPersonId(),
                    schedule.nextSlotAt(),
                    schedule.isVoided());
        }
    }
}
