package dev.tandem.organisation.web;

import dev.tandem.organisation.ConfigureEnterprise;
import dev.tandem.organisation.DaysWithoutTrigger;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class EnterpriseController {

    private final PlantStructure plant;

    EnterpriseController(PlantStructure plant) {
        this.plant = plant;
    }

    @ModelAttribute("timeZones")
    TreeSet<String> timeZones() {
        return new TreeSet<>(ZoneId.getAvailableZoneIds());
    }

    @ModelAttribute("triggers")
    DaysWithoutTrigger[] triggers() {
        return DaysWithoutTrigger.values();
    }

    @GetMapping("/enterprise")
    String show(Viewer viewer, Model model) {
        viewer.requireRole(Role.ADMIN);
        var enterprise = plant.enterprise();
        model.addAttribute("record", enterprise);
        model.addAttribute("form", ConfigureEnterprise.of(enterprise));
        return "enterprise/form";
    }

    @PostMapping("/enterprise")
    String update(
            @Valid @ModelAttribute("form") ConfigureEnterprise form,
            BindingResult errors,
            Precondition precondition,
            Viewer viewer,
            Model model) {
        viewer.requireRole(Role.ADMIN);
        return Forms.submit(
                errors,
                () -> {
                    model.addAttribute("record", plant.enterprise());
                    return "enterprise/form";
                },
                () -> {
                    plant.updateEnterprise(precondition, form, viewer);
                    return "redirect:/enterprise?saved";
                });
    }
}
