package dev.tandem.equipment.web;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.Downtimes;
import dev.tandem.equipment.web.EquipmentViews.DowntimeQuery;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The downtimes of every machine of the plant in one list: by site, area, reason, planned or not, and days. */
@Controller
class DowntimeListController {

    private final Downtimes downtimes;
    private final EquipmentExports exports;
    private final EquipmentChoices choices;
    private final PlantStructure plant;

    DowntimeListController(
            Downtimes downtimes, EquipmentExports exports, EquipmentChoices choices, PlantStructure plant) {
        this.downtimes = downtimes;
        this.exports = exports;
        this.choices = choices;
        this.plant = plant;
    }

    @GetMapping("/equipment/downtimes")
    String list(@ModelAttribute("filter") DowntimeQuery query, Paging paging, Viewer viewer, Model model) {
        model.addAttribute(
                "page", downtimes.downtimes(query.filter(plant.enterprise().zone()), paging, viewer));
        var sites = choices.sites();
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(Option::id, Option::label)));
        model.addAttribute("places", choices.places());
        model.addAttribute("reasons", DowntimeReason.values());
        return "equipment/downtimes";
    }

    @GetMapping("/equipment/downtimes/export.{format:xlsx|csv}")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String format, @ModelAttribute("filter") DowntimeQuery query, Paging paging, Viewer viewer) {
        return exports.downtimes(format, query.filter(plant.enterprise().zone()), paging, viewer);
    }
}
