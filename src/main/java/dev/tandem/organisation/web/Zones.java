package dev.tandem.organisation.web;

import dev.tandem.organisation.PlantStructure;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Pages show times in the enterprise's time zone, not the server's: {@code ${@zones.enterprise()}}. */
@Component("zones")
public class Zones {

    private final PlantStructure plant;

    Zones(PlantStructure plant) {
        this.plant = plant;
    }

    public ZoneId enterprise() {
        return plant.enterprise().zone();
    }
}
