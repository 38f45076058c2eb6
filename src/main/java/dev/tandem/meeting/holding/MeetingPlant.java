package dev.tandem.meeting.holding;

import dev.tandem.contractor.ContractorEngagements;
import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.organisation.Membership;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Languages;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a meeting names, checked against the plant: an engagement whose work was started (a meeting outside any is
 * refused), the site's clock, and people of the owner company or of the meeting's contractor (a third organisation's
 * person is refused).
 */
@Component
class MeetingPlant {

    private final ContractorEngagements engagements;
    private final OrganisationDirectory directory;
    private final OrganisationRegister organisations;
    private final PlantStructure plant;
    private final Clock clock;

    MeetingPlant(
            ContractorEngagements engagements,
            OrganisationDirectory directory,
            OrganisationRegister organisations,
            PlantStructure plant,
            Clock clock) {
        this.engagements = engagements;
        this.directory = directory;
        this.organisations = organisations;
        this.plant = plant;
        this.clock = clock;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** The engagement the viewer reads; none, voided, or not yet started is "no engagement". */
    EngagementFacts engagement(UUID engagementId, Viewer viewer) {
        return (engagementId == null
                        ? java.util.Optional.<EngagementFacts>empty()
                        : engagements.find(engagementId, viewer))
                .filter(EngagementFacts::started)
                .orElseThrow(() -> new InvalidRequestException("engagementId", "meeting.rule.noEngagement"));
    }

    /** The engagement as the meeting's rules read it, whoever asks (the viewer was checked on the meeting). */
    EngagementFacts engagementOf(UUID engagementId) {
        var found = engagements.facts(java.util.List.of(engagementId)).get(engagementId);
        if (found == null) {
            throw new IllegalStateException("no engagement " + engagementId);
        }
        return found;
    }

    /** The meeting's time falls on one of the engagement's days, on the site's clock. */
    void requireWithin(EngagementFacts engagement, Instant heldAt) {
        if (!engagement.covers(day(heldAt, engagement.siteId()))) {
            throw new InvalidRequestException("heldAt", "meeting.rule.outsideEngagement");
        }
    }

    ZoneId zone(UUID siteId) {
        return plant.siteTimes().zone(siteId);
    }

    LocalDate day(Instant at, UUID siteId) {
        return LocalDate.ofInstant(at, zone(siteId));
    }

    /** The start of the day on the site's clock. */
    Instant zoneStart(LocalDate day, UUID siteId) {
        return day.atStartOfDay(zone(siteId)).toInstant();
    }

    /** The language a meeting is held in: the one chosen, else the plant's. */
    String language(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return plant.enterprise().language();
        }
        if (!chosen.matches(Languages.TAGS)) {
            throw new InvalidRequestException("language", "meeting.rule.language");
        }
        return chosen;
    }

    LocalDate today(UUID siteId) {
        return day(now(), siteId);
    }

    /** A current person of the owner company or of the contractor; another organisation's is refused. */
    Membership participant(UUID personId, UUID contractorId, String field) {
        var person = (personId == null ? java.util.Optional.<Membership>empty() : directory.membership(personId))
                .orElseThrow(() -> new InvalidRequestException(field, "rule.noSuchPerson"));
        var ownSide = !person.contractor() && person.organisationId().equals(ownerCompany());
        if (!ownSide && !person.organisationId().equals(contractorId)) {
            throw new InvalidRequestException(field, "meeting.rule.thirdOrganisation");
        }
        return person;
    }

    private UUID ownerCompany() {
        return organisations.ownerCompany().map(o -> o.id()).orElse(null);
    }
}
