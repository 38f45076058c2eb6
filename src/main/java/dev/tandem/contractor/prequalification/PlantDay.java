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
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The plant's day at an instant: the day a record made then counts on. */
    public LocalDate dayOf(java.time.Instant at) {
        return at.atZone(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return ZoneId.of(plant.enterprise().timeZone());
    }
}
