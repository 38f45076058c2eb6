package dev.tandem.equipment.web;

import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.Downtimes;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.equipment.listing.EquipmentQueries;
import dev.tandem.equipment.reliability.EquipmentReliability;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a machine's page shows: where it stands and the state it is in, the changes and downtimes of the chosen days
 * and MTBF/MTTR over them, and the state form for those who record.
 */
@Component
class EquipmentDetail {

    /** The most changes the page lists; the export holds them all. */
    static final int TIMELINE_ROWS = 50;

    private final EquipmentQueries queries;
    private final DispatchQueries dispatch;
    private final Downtimes downtimes;
    private final EquipmentReliability reliability;
    private final Windows windows;

    EquipmentDetail(
            EquipmentQueries queries,
            DispatchQueries dispatch,
            Downtimes downtimes,
            EquipmentReliability reliability,
            Windows windows) {
        this.queries = queries;
        this.dispatch = dispatch;
        this.downtimes = downtimes;
        this.reliability = reliability;
        this.windows = windows;
    }

    String fill(UUID id, LocalDate from, LocalDate to, Paging paging, Viewer viewer, Model model) {
        var window = windows.of(id, from, to);
        var equipment = window.equipment();
        model.addAttribute("record", equipment);
        model.addAttribute("row", queries.row(id, viewer));
        model.addAttribute("zone", window.zone());
        model.addAttribute("period", window.period());
        model.addAttribute(
                "timeline",
                dispatch.timeline(id, window.start(), window.end(), true, Paging.first(TIMELINE_ROWS), viewer));
        model.addAttribute(
                "page",
                downtimes.downtimes(DowntimeFilter.ofEquipment(id, window.start(), window.end()), paging, viewer));
        model.addAttribute(
                "reliability",
                EquipmentViews.ReliabilityView.of(reliability.of(id, window.period(), viewer), window.period()));
        model.addAttribute("canKeep", EquipmentAccess.canKeep(viewer));
        model.addAttribute("canRecord", EquipmentAccess.canRecord(viewer) && !equipment.isVoided());
        model.addAttribute("canVoidChanges", EquipmentAccess.canRecord(viewer));
        model.addAttribute("states", EquipmentState.values());
        model.addAttribute("reasons", DowntimeReason.values());
        if (!model.containsAttribute("stateForm")) {
            model.addAttribute("stateForm", StateForm.blank());
        }
        return "equipment/detail";
    }
}
