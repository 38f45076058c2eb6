package dev.tandem.equipment.web;

import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.StateChangeSource;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A machine's page, where its state is recorded from a phone and a change recorded by mistake is voided: chosen in
 * the list ({@code ?voiding=}), it alone gets the void form.
 */
@Controller
class EquipmentPageController {

    private final EquipmentDetail detail;
    private final DispatchLog log;
    private final EquipmentRegistry registry;
    private final Clock clock;

    EquipmentPageController(EquipmentDetail detail, DispatchLog log, EquipmentRegistry registry, Clock clock) {
        this.detail = detail;
        this.log = log;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/equipment/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) UUID voiding,
            Paging paging,
            Viewer viewer,
            Model model) {
        model.addAttribute("voiding", voiding);
        return detail.fill(id, from, to, paging, viewer, model);
    }

    @PostMapping("/equipment/{id}/states")
    String record(
            @PathVariable UUID id,
            @ModelAttribute("stateForm") StateForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        var zone = registry.zone(registry.equipment(id));
        return Forms.attempt(errors, () -> {
                    log.record(form.change(id, zone, Instant.now(clock)), StateChangeSource.FORM, viewer);
                    return "redirect:/equipment/" + id + "?recorded";
                })
                .orElseGet(() -> detail.fill(id, null, null, Paging.first(Paging.DEFAULT_SIZE), viewer, model));
    }

    @PostMapping("/equipment/states/{changeId}/void")
    String voidChange(@PathVariable UUID changeId, @RequestParam String reason, Viewer viewer) {
        var change = log.voidChange(changeId, reason, viewer);
        return "redirect:/equipment/" + change.equipmentId() + "?voidedChange";
    }
}
