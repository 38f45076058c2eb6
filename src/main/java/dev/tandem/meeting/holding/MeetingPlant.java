package dev.tandem.meeting.holding;

import dev.tandem.contractor.ContractorEngagements;
import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.meeting.committees.CommitteePlanning;
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
 * What a meeting names, checked against the plant: whose it is (an engagement whose work was started, or a site's
 * committee; a meeting outside any is refused), the site's clock, and people of the owner company or of the meeting's
 * contractor, or of a contractor its committee invites (anyone else is refused).
 */
@Component
class MeetingPlant {

    private final ContractorEngagements engagements;
    private final OrganisationDirectory directory;
    private final OrganisationRegister organisations;
    private final PlantStructure plant;
    private final CommitteePlanning committees;
    private final Clock clock;

    MeetingPlant(
            ContractorEngagements engagements,
            OrganisationDirectory directory,
            OrganisationRegister organisations,
            PlantStructure plant,
            CommitteePlanning committees,
            Clock clock) {
        this.committees = committees;
        this.engagements = engagements;
        this.directory = directory;
        this.organisations = organisations;
        this.plant = plant;
        this.clock = clock;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /**
     * Whose the meeting to open is: the engagement the viewer reads (none, voided, or not yet started is "no
     * engagement"), or else the site's committee (a site without one is "no committee").
     */
    Whose whose(UUID engagementId, UUID siteId, Viewer viewer) {
        if (engagementId == null && siteId != null) {
            return committees
                    .current(siteId)
                    .map(committee -> (Whose) new Whose.OfCommittee(committee, ownerCompany()))
                    .orElseThrow(() -> new InvalidRequestException("siteId", "meeting.rule.noCommittee"));
        }
        return (engagementId == null
                        ? java.util.Optional.<EngagementFacts>empty()
                        : engagements.find(engagementId, viewer))
                .filter(EngagementFacts::started)
                .map(Whose.OfEngagement::new)
                .orElseThrow(() -> new InvalidRequestException("engagementId", "meeting.rule.noEngagement"));
    }

    /** Whose the meeting is, as its rules read it, whoever asks (the viewer was checked on the meeting). */
    Whose whoseOf(Meeting meeting) {
        if (meeting.kind() == MeetingKind.COMMITTEE) {
            return new Whose.OfCommittee(committees.current(meeting.siteId()).orElseThrow(), ownerCompany());
        }
        var found = engagements.facts(java.util.List.of(meeting.engagementId())).get(meeting.engagementId());
        if (found == null) {
            throw new IllegalStateException("no engagement " + meeting.engagementId());
        }
        return new Whose.OfEngagement(found);
    }

    /** The meeting's time falls on one of the engagement's days, on the site's clock. */
    void requireWithin(Whose whose, Instant heldAt) {
        if (!whose.covers(day(heldAt, whose.siteId()))) {
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

    /** Those of the people who are still with the plant or a contractor: a member who left is not invited. */
    java.util.List<Membership> current(java.util.List<UUID> people) {
        return people.stream()
                .map(directory::membership)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** A current person of the owner company or of a contractor the meeting invites; anyone else is refused. */
    Membership participant(UUID personId, Whose whose, String field) {
        var person = (personId == null ? java.util.Optional.<Membership>empty() : directory.membership(personId))
                .orElseThrow(() -> new InvalidRequestException(field, "rule.noSuchPerson"));
        var ownSide = !person.contractor() && person.organisationId().equals(ownerCompany());
        if (!ownSide && !whose.invitedOrganisations().contains(person.organisationId())) {
            throw new InvalidRequestException(field, whose.outsiderRule());
        }
        return person;
    }

    UUID ownerCompany() {
        return organisations.ownerCompany().map(o -> o.id()).orElse(null);
    }
}
