package dev.tandem.home;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One start page whose panels follow the viewer's roles: the work queues of each role (what waits for review, my
 * reports, my actions and those to verify, the director's headline figures) are loaded from their modules.
 */
@Controller
class HomeController {

    private final PlantStructure plant;
    private final OrganisationRegister register;
    private final OrganisationQueries queries;

    HomeController(PlantStructure plant, OrganisationRegister register, OrganisationQueries queries) {
        this.plant = plant;
        this.register = register;
        this.queries = queries;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("enterprise", plant.enterprise());
        model.addAttribute("organisation", register.organisation(viewer.organisationId(), viewer));
        model.addAttribute("summary", queries.summary(viewer));
        if (viewer.has(Role.LINE_MANAGER)) {
            model.addAttribute("myAreas", queries.areasOwnedBy(viewer.personId()));
        }
        return "home/start";
    }
}
