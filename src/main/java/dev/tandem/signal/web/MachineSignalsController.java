package dev.tandem.signal.web;

import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.event.EventQueries;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.listing.TagQueries;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the control system says of one machine now, for the machine's page to load with htmx: its open early
 * warnings and the latest value of each of its tags, in the time zone of the machine's site.
 */
@Controller
class MachineSignalsController {

    private final TagQueries tags;
    private final EventQueries events;
    private final EquipmentRegistry equipment;

    MachineSignalsController(TagQueries tags, EventQueries events, EquipmentRegistry equipment) {
        this.tags = tags;
        this.events = events;
        this.equipment = equipment;
    }

    @GetMapping("/signals/equipment/{id}/now")
    String now(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("zone", equipment.zone(equipment.equipment(id)));
        model.addAttribute("warnings", events.openEarlyWarnings(id, viewer));
        model.addAttribute("latest", tags.latest(id));
        return "signals/machine-now";
    }
}
