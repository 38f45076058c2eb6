package dev.tandem.equipment.web;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering and changing equipment from a phone: the form carries an id of its own, so sending it twice registers
 * one machine; a change carries the version it was made on. Everyone may open the form of a machine to read it and
 * its history; the owner company's keepers change and void it.
 */
@Controller
class EquipmentFormController {

    private static final String VIEW = "equipment/form";

    private final EquipmentRegistry registry;
    private final EquipmentChoices choices;
    private final History history;

    EquipmentFormController(EquipmentRegistry registry, EquipmentChoices choices, History history) {
        this.registry = registry;
        this.choices = choices;
        this.history = history;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("sites", choices.sites());
        model.addAttribute("places", choices.places());
        model.addAttribute("types", EquipmentType.values());
        model.addAttribute("criticalities", Criticality.values());
    }

    @GetMapping("/equipment/new")
    String blank(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID areaId,
            Viewer viewer,
            Model model) {
        requireKeeper(viewer);
        model.addAttribute("form", new RegisterEquipment(siteId, areaId, "", "", null, Criticality.MEDIUM, ""));
        Forms.newId(model, null);
        model.addAttribute("canKeep", true);
        return VIEW;
    }

    @PostMapping("/equipment")
    String register(
            @RequestParam(name = "newId", required = false) UUID id,
            @Valid @ModelAttribute("form") RegisterEquipment form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        requireKeeper(viewer);
        Forms.newId(model, id);
        model.addAttribute("canKeep", true);
        return Forms.submit(
                errors,
                VIEW,
                () -> "redirect:/equipment/"
                        + registry.register(id, form, viewer).record().id() + "?saved");
    }

    @GetMapping("/equipment/{id}/edit")
    String edit(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("form", RegisterEquipment.of(registry.equipment(id)));
        return editing(id, viewer, model);
    }

    @PostMapping("/equipment/{id}")
    String update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") RegisterEquipment form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        requireKeeper(viewer);
        return Forms.submit(
                errors,
                () -> {
                    editing(id, viewer, model);
                    return VIEW;
                },
                () -> {
                    registry.update(id, precondition, form, viewer);
                    return "redirect:/equipment/" + id + "?saved";
                });
    }

    @PostMapping("/equipment/{id}/void")
    String voidEquipment(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/equipment/" + id + "/edit", flash, () -> registry.voidEquipment(id, reason, viewer));
    }

    private String editing(UUID id, Viewer viewer, Model model) {
        var equipment = registry.equipment(id);
        model.addAttribute("record", equipment);
        model.addAttribute("history", history.of(equipment));
        model.addAttribute("canKeep", EquipmentAccess.canKeep(viewer));
        return VIEW;
    }

    private static void requireKeeper(Viewer viewer) {
        if (!EquipmentAccess.canKeep(viewer)) {
            throw new AccessDeniedException("keeping the equipment registry");
        }
    }
}
