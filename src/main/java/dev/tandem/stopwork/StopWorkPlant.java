package dev.tandem.stopwork;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.warning.EarlyWarningSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a stop says about the plant, checked against it: an area in use, whose work (the owner company's or a
 * contractor's the viewer may name), the time it was raised, and who answers for the area.
 */
@Component
class StopWorkPlant {

    /** Phones' clocks run a little ahead or behind: a few minutes are forgiven. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final PlantStructure plant;
    private final OrganisationRegister organisations;
    private final OrganisationDirectory directory;
    private final EarlyWarningSource warnings;
    private final Clock clock;

    StopWorkPlant(
            PlantStructure plant,
            OrganisationRegister organisations,
            OrganisationDirectory directory,
            EarlyWarningSource warnings,
            Clock clock) {
        this.plant = plant;
        this.organisations = organisations;
        this.directory = directory;
        this.warnings = warnings;
        this.clock = clock;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /**
     * The area (with its site) and whose work: a contractor's people name their own organisation's work or the owner
     * company's, never another contractor's.
     */
    StopWork.Place place(RaiseStopWork raise, Viewer viewer) {
        var area = plant.currentArea(raise.areaId())
                .orElseThrow(() -> new InvalidRequestException("areaId", "rule.noSuchArea"));
        var owner = ownerCompany();
        var whose = raise.organisationId();
        var nameable = !viewer.contractor() || whose.equals(viewer.organisationId()) || whose.equals(owner);
        if (!nameable || !directory.isCurrentOrganisation(whose)) {
            throw new InvalidRequestException("organisationId", "rule.noSuchOrganisation");
        }
        if (raise.sourceEventId() != null && !warnings.isEarlyWarning(raise.sourceEventId(), viewer)) {
            throw new InvalidRequestException("sourceEventId", "rule.noSuchWarning");
        }
        return new StopWork.Place(area.siteId(), area.id(), whose);
    }

    /** When the phone raised it; now when it did not say, never in the future. */
    Instant raisedAt(Instant claimed, Instant now) {
        if (claimed == null) {
            return now;
        }
        if (claimed.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidRequestException("raisedAt", "rule.stopRaisedInFuture");
        }
        return claimed.isAfter(now) ? now : claimed;
    }

    /** Who raised it; an account without an organisation (an administrator) raises it for the owner company. */
    StopWork.Initiator initiator(Viewer viewer) {
        var organisation = viewer.organisationId() != null ? viewer.organisationId() : ownerCompany();
        return new StopWork.Initiator(viewer.userId(), viewer.personId(), organisation);
    }

    /** The line manager who owns the stop's area, if it still has one. */
    UUID areaManager(StopWork stop) {
        return plant.currentArea(stop.areaId()).map(area -> area.ownerId()).orElse(null);
    }

    Optional<String> personName(UUID personId) {
        return personId == null ? Optional.empty() : directory.personName(personId);
    }

    private UUID ownerCompany() {
        return organisations
                .ownerCompany()
                .orElseThrow(() -> new InvalidRequestException("organisationId", "rule.noSuchOrganisation"))
                .id();
    }
}
