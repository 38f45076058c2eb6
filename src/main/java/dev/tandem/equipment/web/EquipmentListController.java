package dev.tandem.equipment.web;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.equipment.listing.EquipmentFilter;
import dev.tandem.equipment.listing.EquipmentQueries;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The equipment list with its filters and exports, and the export of one machine's timeline. */
@Controller
class EquipmentListController {

    private final EquipmentQueries queries;
    private final EquipmentExports exports;
    private final EquipmentChoices choices;
    private final Windows windows;

    EquipmentListController(
            EquipmentQueries queries, EquipmentExports exports, EquipmentChoices choices, Windows windows) {
        this.queries = queries;
        this.exports = exports;
        this.choices = choices;
        this.windows = windows;
    }

    @GetMapping("/equipment")
    String list(@ModelAttribute("filter") EquipmentFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.equipment(filter, paging, viewer));
        model.addAttribute("sites", choices.sites());
        model.addAttribute("places", choices.places());
        model.addAttribute("types", EquipmentType.values());
        model.addAttribute("criticalities", Criticality.values());
        model.addAttribute("states", EquipmentState.values());
        model.addAttribute("canKeep", EquipmentAccess.canKeep(viewer));
        model.addAttribute("canRecord", EquipmentAccess.canRecord(viewer));
        return "equipment/list";
    }

    @GetMapping("/equipment/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format,
            @ModelAttribute("filter") EquipmentFilter filter,
            Paging paging,
            Viewer viewer) {
        return exports.registry(format, filter, paging, viewer);
    }

    @GetMapping("/equipment/{id}/states/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> exportStates(
            @PathVariable UUID id,
            @PathVariable String format,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Viewer viewer) {
        var window = windows.of(id, from, to);
        return exports.timeline(format, window.equipment(), window.start(), window.end(), viewer);
    }
}
