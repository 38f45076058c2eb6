package dev.tandem.equipment.web;

import dev.tandem.equipment.Downtime;
import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.Downtimes;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.equipment.dispatch.StateChange;
import dev.tandem.equipment.reliability.EquipmentReliability;
import dev.tandem.equipment.web.EquipmentViews.ReliabilityView;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * One machine's dispatch data: its timeline, downtimes and MTBF/MTTR. Everyone signed in reads them. Periods are
 * whole days ({@code from}, {@code to}, ISO dates, both included) in the site's time zone; without them, the last
 * 30 days.
 */
@RestController
@RequestMapping("/api/v1/equipment/{id}")
class EquipmentTimelineApi {

    private final DispatchQueries dispatch;
    private final Downtimes downtimes;
    private final EquipmentReliability reliability;
    private final EquipmentExports exports;
    private final Windows windows;

    EquipmentTimelineApi(
            DispatchQueries dispatch,
            Downtimes downtimes,
            EquipmentReliability reliability,
            EquipmentExports exports,
            Windows windows) {
        this.dispatch = dispatch;
        this.downtimes = downtimes;
        this.reliability = reliability;
        this.exports = exports;
        this.windows = windows;
    }

    /** The machine's state changes in the period, newest first ({@code sort=at} for oldest first). */
    @GetMapping("/states")
    Page<StateChange> states(
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Boolean voided,
            Paging paging,
            Viewer viewer) {
        var window = windows.of(id, from, to);
        return dispatch.timeline(id, window.start(), window.end(), voided, paging, viewer);
    }

    /** The machine's state changes in the period in the upload's columns, as {@code xlsx} or {@code csv}. */
    @GetMapping("/states/export")
    ResponseEntity<StreamingResponseBody> exportStates(
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        var window = windows.of(id, from, to);
        return exports.timeline(format, window.equipment(), window.start(), window.end(), viewer);
    }

    /** The downtimes that overlap the period, the latest first. */
    @GetMapping("/downtimes")
    Page<Downtime> downtimes(
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Paging paging,
            Viewer viewer) {
        var window = windows.of(id, from, to);
        return downtimes.downtimes(DowntimeFilter.ofEquipment(id, window.start(), window.end()), paging, viewer);
    }

    /** MTBF, MTTR and the time in each state over the period. */
    @GetMapping("/reliability")
    ReliabilityView reliability(
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Viewer viewer) {
        var window = windows.of(id, from, to);
        return ReliabilityView.of(reliability.of(id, window.period(), viewer), window.period());
    }
}
