package dev.tandem.event;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What safety events say about the plant, checked against it: places that exist and are in use, organisations the
 * viewer may name, injured people and the enterprise's reporting rules.
 */
@Component
class PlantReferences {

    private final PlantStructure plant;
    private final OrganisationRegister organisations;
    private final OrganisationDirectory directory;

    PlantReferences(PlantStructure plant, OrganisationRegister organisations, OrganisationDirectory directory) {
        this.plant = plant;
        this.organisations = organisations;
        this.directory = directory;
    }

    /** An area names its site; a site alone will do when the area is not known. */
    Place place(UUID siteId, UUID areaId) {
        if (areaId != null) {
            var area = plant.currentArea(areaId)
                    .orElseThrow(() -> new InvalidRequestException("areaId", "rule.noSuchArea"));
            if (siteId != null && !siteId.equals(area.siteId())) {
                throw new InvalidRequestException("areaId", "rule.areaNotOnSite");
            }
            return new Place(area.siteId(), area.id());
        }
        if (siteId == null) {
            throw new InvalidRequestException("areaId", "rule.placeRequired");
        }
        var site =
                plant.currentSite(siteId).orElseThrow(() -> new InvalidRequestException("siteId", "rule.noSuchSite"));
        return new Place(site.id(), null);
    }

    boolean allowsAnonymousReports() {
        return plant.enterprise().anonymousReporting();
    }

    /** The reporter's organisation; an account without one (an administrator) reports for the owner company. */
    UUID organisationOf(Viewer viewer) {
        if (viewer.organisationId() != null) {
            return viewer.organisationId();
        }
        return organisations
                .ownerCompany()
                .orElseThrow(() -> new InvalidRequestException("organisationId", "rule.noSuchOrganisation"))
                .id();
    }

    /** An organisation in use, named in the field {@code field}. */
    void requireOrganisation(String field, UUID organisationId) {
        if (!directory.isCurrentOrganisation(organisationId)) {
            throw new InvalidRequestException(field, "rule.noSuchOrganisation");
        }
    }

    /** A registered person takes their name and organisation from the register; anyone else needs both given. */
    Injury injury(InjuredPerson person) {
        if (person.injuryClass() == null) {
            throw new InvalidRequestException("injuries", "rule.injuryClassRequired");
        }
        if (person.personId() != null) {
            var membership = directory
                    .membership(person.personId())
                    .orElseThrow(() -> new InvalidRequestException("injuries", "rule.noSuchPerson"));
            return injury(person, membership.fullName(), membership.organisationId());
        }
        if (person.personName() == null || person.personName().isBlank() || person.organisationId() == null) {
            throw new InvalidRequestException("injuries", "rule.injuredPersonUnnamed");
        }
        requireOrganisation("injuries", person.organisationId());
        return injury(person, person.personName().trim(), person.organisationId());
    }

    Optional<String> personName(UUID personId) {
        return personId == null ? Optional.empty() : directory.personName(personId);
    }

    /** Someone who may be named as the one who broke a rule. */
    void requirePerson(UUID personId) {
        if (personId != null && directory.membership(personId).isEmpty()) {
            throw new InvalidRequestException("violatorPersonId", "rule.noSuchPerson");
        }
    }

    private static Injury injury(InjuredPerson person, String name, UUID organisationId) {
        return new Injury(
                person.personId(),
                name,
                organisationId,
                person.injuryClass(),
                blankToNull(person.bodyPart()),
                blankToNull(person.nature()),
                person.daysAway(),
                person.daysRestricted());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
