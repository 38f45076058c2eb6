package dev.tandem.audit;

import dev.tandem.organisation.Organisation;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where an inspection or a schedule is done and for whom, checked: a site in use, an area of that site, a contractor
 * in use. A contractor's people name only their own organisation's work; the organisation an inspection counts for
 * is its starter's, or the owner company's for a schedule's.
 */
@Component
class InspectionPlaces {

    private final PlantStructure plant;
    private final OrganisationDirectory directory;
    private final OrganisationRegister organisations;

    InspectionPlaces(PlantStructure plant, OrganisationDirectory directory, OrganisationRegister organisations) {
        this.plant = plant;
        this.directory = directory;
        this.organisations = organisations;
    }

    /** The site, area and contractor checked; a contractor's viewer always names their own work. */
    UUID checkedOrganisation(UUID siteId, UUID areaId, UUID organisationId, Viewer viewer) {
        var site =
                plant.currentSite(siteId).orElseThrow(() -> new InvalidRequestException("siteId", "rule.noSuchSite"));
        if (areaId != null) {
            plant.currentArea(areaId)
                    .filter(found -> found.siteId().equals(site.id()))
                    .orElseThrow(() -> new InvalidRequestException("areaId", "rule.noSuchArea"));
        }
        if (viewer.contractor()) {
            if (organisationId != null && !organisationId.equals(viewer.organisationId())) {
                throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
            }
            return viewer.organisationId();
        }
        if (organisationId != null && !directory.isCurrentOrganisation(organisationId)) {
            throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
        }
        return organisationId;
    }

    /** The organisation that starts what the viewer starts: theirs, or the owner company's for Tandem itself. */
    UUID starter(Viewer viewer) {
        return viewer.organisationId() != null ? viewer.organisationId() : ownerCompany();
    }

    UUID ownerCompany() {
        return organisations
                .ownerCompany()
                .map(Organisation::id)
                .orElseThrow(() -> new NotFoundException("Organisation", "owner company"));
    }

    /**
     * The owner company's person a joint inspection invites: the one named, or else the area's owner; refused on
     * {@code invitedPersonId} when there is none or they are not of the owner company.
     */
    UUID invited(UUID personId, UUID areaId) {
        var invited = personId != null
                ? personId
                : plant.currentArea(areaId).map(area -> area.ownerId()).orElse(null);
        if (invited == null) {
            throw new InvalidRequestException("invitedPersonId", "rule.audit.inviteManager");
        }
        return directory
                .membership(invited)
                .filter(person -> !person.contractor())
                .map(person -> person.personId())
                .orElseThrow(() -> new InvalidRequestException("invitedPersonId", "rule.audit.inviteManager"));
    }

    ZoneId zone(UUID siteId) {
        return ZoneId.of(plant.site(siteId).timeZone());
    }

    LocalDate today(UUID siteId, java.time.Clock clock) {
        return LocalDate.now(clock.withZone(zone(siteId)));
    }
}
