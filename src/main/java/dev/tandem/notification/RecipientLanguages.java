package dev.tandem.notification;

import dev.tandem.identity.AccountHolders;
import dev.tandem.organisation.PlantStructure;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The language each recipient reads notifications in: the one their account chose, else the enterprise's. */
@Component
class RecipientLanguages {

    private final PlantStructure plant;
    private final AccountHolders holders;

    RecipientLanguages(PlantStructure plant, AccountHolders holders) {
        this.plant = plant;
        this.holders = holders;
    }

    Map<UUID, Locale> of(Collection<UUID> people) {
        var plantLanguage = plant.enterprise().locale();
        var chosen = holders.languages(people);
        var languages = new HashMap<UUID, Locale>();
        people.forEach(person -> languages.put(person, chosen.getOrDefault(person, plantLanguage)));
        return languages;
    }
}
