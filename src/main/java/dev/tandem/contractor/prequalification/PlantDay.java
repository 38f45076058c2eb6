package dev.tandem.contractor.prequalification;

import dev.tandem.organisation.PlantStructure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The day it is at the plant (the enterprise's time zone): what documents' validity and engagements' dates read. */
@Component
public class PlantDay {

    private final PlantStructure plant;
    private final Clock clock;

    PlantDay(PlantStructure plant, Clock clock) {
        this.plant = plant;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(plant.enterprise().timeZone())));
    }
}
