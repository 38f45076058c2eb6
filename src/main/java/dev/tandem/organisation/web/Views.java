package dev.tandem.organisation.web;

import dev.tandem.history.Voiding;
import dev.tandem.organisation.Area;
import dev.tandem.organisation.DaysWithoutTrigger;
import dev.tandem.organisation.Enterprise;
import dev.tandem.organisation.Organisation;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.Person;
import dev.tandem.organisation.Site;
import dev.tandem.organisation.kinds.OrganisationKind;
import java.util.UUID;

/** The records of this module as the JSON API shows them. */
final class Views {

    private Views() {}

    record EnterpriseView(
            String name,
            String timeZone,
            int frequencyRateBase,
            boolean anonymousReporting,
            boolean ltiCountsFatalities,
            DaysWithoutTrigger daysWithoutTrigger,
            String language,
            UUID managingDirectorId) {
        static EnterpriseView of(Enterprise enterprise) {
            return new EnterpriseView(
                    enterprise.name(),
                    enterprise.timeZone(),
                    enterprise.frequencyRateBase(),
                    enterprise.anonymousReporting(),
                    enterprise.ltiCountsFatalities(),
                    enterprise.daysWithoutTrigger(),
                    enterprise.language(),
                    enterprise.managingDirectorId());
        }
    }

    record SiteView(
            UUID id, String code, String name, String timeZone, String address, UUID hseLeadId, Voiding voided) {
        static SiteView of(Site site) {
            return new SiteView(
                    site.id(),
                    site.code(),
                    site.name(),
                    site.timeZone(),
                    site.address(),
                    site.hseLeadId(),
                    site.voided().orElse(null));
        }
    }

    record AreaView(UUID id, UUID siteId, String code, String name, UUID ownerId, String description, Voiding voided) {
        static AreaView of(Area area) {
            return new AreaView(
                    area.id(),
                    area.siteId(),
                    area.code(),
                    area.name(),
                    area.ownerId(),
                    area.description(),
                    area.voided().orElse(null));
        }
    }

    record OrganisationView(
            UUID id,
            String name,
            OrganisationKind kind,
            OrganisationStatus status,
            String statusReason,
            String taxNumber,
            String contactEmail,
            String contactPhone,
            Voiding voided) {
        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(
                    organisation.id(),
                    organisation.name(),
                    organisation.kind(),
                    organisation.status(),
                    organisation.statusReason(),
                    organisation.taxNumber(),
                    organisation.contactEmail(),
                    organisation.contactPhone(),
                    organisation.voided().orElse(null));
        }
    }

    record PersonView(
            UUID id,
            UUID organisationId,
            String fullName,
            String position,
            UUID siteId,
            UUID areaId,
            String email,
            String phone,
            String personnelNumber,
            Voiding voided) {
        static PersonView of(Person person) {
            return new PersonView(
                    person.id(),
                    person.organisationId(),
                    person.fullName(),
                    person.position(),
                    person.siteId(),
                    person.areaId(),
                    person.email(),
                    person.phone(),
                    person.personnelNumber(),
                    person.voided().orElse(null));
        }
    }

    /** The body of a void request. */
}
