package dev.tandem.organisation.web;

import dev.tandem.organisation.PlantStructure;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Pages show times in the enterprise's (or a site's) time zone, never the server's or the browser's:
 * {@code ${@zones.enterprise()}}; scripts get it as a {@code data-zone} attribute.
 */
@Component("zones")
public class Zones {

    private final PlantStructure plant;

    Zones(PlantStructure plant) {
        this.plant = plant;
    }

    public ZoneId enterprise() {
        return plant.enterprise().zone();
    }

    /** The zone of a site, or the enterprise's when there is no site (or it is no longer in use). */
    public ZoneId of(UUID siteId) {
        return Optional.ofNullable(siteId)
                .flatMap(plant::currentSite)
                .map(site -> ZoneId.of(site.timeZone()))
                .orElseGet(this::enterprise);
    }
}
