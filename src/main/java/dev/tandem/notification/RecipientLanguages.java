package dev.tandem.notification;

import dev.tandem.organisation.PlantStructure;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The language each recipient reads notifications in: the enterprise's language. */
@Component
class RecipientLanguages {

    private final PlantStructure plant;

    RecipientLanguages(PlantStructure plant) {
        this.plant = plant;
    }

    Map<UUID, Locale> of(Collection<UUID> people) {
        var language = plant.enterprise().locale();
        var languages = new HashMap<UUID, Locale>();
        people.forEach(person -> languages.put(person, language));
        return languages;
    }
}
