package dev.tandem.organisation.web;

import dev.tandem.organisation.PlantStructure;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Pages show times in the enterprise's time zone (model attribute {@code zone}), not the server's. */
@ControllerAdvice(annotations = Controller.class)
class EnterpriseClock {

    private final PlantStructure plant;

    EnterpriseClock(PlantStructure plant) {
        this.plant = plant;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return ZoneId.of(plant.enterprise().timeZone());
    }
}
