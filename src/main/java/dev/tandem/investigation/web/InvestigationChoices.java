package dev.tandem.investigation.web;

import dev.tandem.investigation.Investigation;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Whom an investigation's form offers: the owner company's people to lead, and the contractor's too as members. */
@Component
class InvestigationChoices {

    private final OrganisationQueries organisations;
    private final PlantStructure plant;
    private final Clock clock;

    InvestigationChoices(OrganisationQueries organisations, PlantStructure plant, Clock clock) {
        this.organisations = organisations;
        this.plant = plant;
        this.clock = clock;
    }

    /** The month it is on the enterprise's clock. */
    YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(ZoneId.of(plant.enterprise().timeZone())));
    }

    /** The names of its leader and members, by their ids. */
    Map<UUID, String> names(Investigation investigation) {
        var names = new HashMap<UUID, String>();
        var team = new ArrayList<>(investigation.memberPersonIds());
        if (investigation.leaderPersonId() != null) {
            team.add(investigation.leaderPersonId());
        }
        team.forEach(
                person -> organisations.personOption(person).ifPresent(option -> names.put(person, option.label())));
        return names;
    }

    /** The clock of the site: what a fact's time is entered and shown on. */
    ZoneId zoneOf(UUID siteId) {
        return ZoneId.of(plant.site(siteId).timeZone());
    }

    public List<Option> sites() {
        return organisations.siteOptions();
    }

    /** The owner company's people, the current leader always among them. */
    List<Option> leaders(UUID current) {
        return organisations.areaOwnerOptions(null, current);
    }

    /** The owner company's people and, when a contractor's work is involved, that contractor's people. */
    List<Option> members(UUID contractorId, List<UUID> current, Viewer viewer) {
        var options = new ArrayList<>(organisations.areaOwnerOptions(null, null));
        if (contractorId != null) {
            organisations
                    .people(new PersonFilter(null, contractorId, null, null), Paging.first(Paging.MAX_SIZE), viewer)
                    .items()
                    .forEach(person -> options.add(
                            new Option(person.id(), person.fullName() + " — " + person.organisationName())));
        }
        for (var member : current) {
            if (options.stream().noneMatch(option -> option.id().equals(member))) {
                organisations.personOption(member).ifPresent(options::add);
            }
        }
        return options;
    }
}
