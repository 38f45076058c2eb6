package dev.tandem.action.references;

import dev.tandem.action.ActionSource;
import dev.tandem.action.CorrectiveAction.Origin;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceLookup;
import dev.tandem.action.SourceType;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What an action names, checked against the plant: its source (through the source lookups), the site, the
 * responsible organisation and the owner; and what time it is, and which day in the enterprise's time zone.
 */
@Component
public class ActionReferences {

    private final List<SourceLookup> sources;
    private final OrganisationDirectory directory;
    private final PlantStructure plant;
    private final Clock clock;

    ActionReferences(List<SourceLookup> sources, OrganisationDirectory directory, PlantStructure plant, Clock clock) {
        this.sources = sources;
        this.directory = directory;
        this.plant = plant;
        this.clock = clock;
    }

    /** An action from a source takes its site and, unless told otherwise, its organisation from the source. */
    public Origin origin(RaiseAction raise, Viewer viewer) {
        if (raise.sourceType() == SourceType.OTHER) {
            var site = plant.currentSite(raise.siteId())
                    .orElseThrow(() -> new InvalidRequestException("siteId", "rule.noSuchSite"));
            requireOrganisation(raise.responsibleOrganisationId());
            return new Origin(null, null, site.id(), raise.responsibleOrganisationId());
        }
        if (sources.stream().noneMatch(lookup -> lookup.type() == raise.sourceType())) {
            throw new InvalidRequestException("sourceType", "rule.sourceNotSupported");
        }
        var source = source(raise.sourceType(), raise.sourceId(), viewer)
                .orElseThrow(() -> new InvalidRequestException("sourceId", "rule.noSuchSource"));
        var organisation =
                raise.responsibleOrganisationId() != null ? raise.responsibleOrganisationId() : source.organisationId();
        requireOrganisation(organisation);
        return new Origin(raise.sourceId(), source.category(), source.siteId(), organisation);
    }

    /** A source of the given type that the viewer may read. */
    public Optional<ActionSource> source(SourceType type, UUID sourceId, Viewer viewer) {
        if (sourceId == null) {
            return Optional.empty();
        }
        return sources.stream()
                .filter(lookup -> lookup.type() == type)
                .findFirst()
                .flatMap(lookup -> lookup.find(sourceId, viewer));
    }

    public void requireOrganisation(UUID organisationId) {
        if (!directory.isCurrentOrganisation(organisationId)) {
            throw new InvalidRequestException("responsibleOrganisationId", "rule.noSuchOrganisation");
        }
    }

    /** The owner is a current person who works for the responsible organisation or for the owner company. */
    public void requireOwner(UUID ownerPersonId, UUID responsibleOrganisationId) {
        var owner = directory
                .membership(ownerPersonId)
                .orElseThrow(() -> new InvalidRequestException("ownerPersonId", "rule.noSuchPerson"));
        if (owner.contractor() && !owner.organisationId().equals(responsibleOrganisationId)) {
            throw new InvalidRequestException("ownerPersonId", "rule.ownerOutsideResponsible");
        }
    }

    /** A due date may be today or later, never in the past. */
    public void requireDueDate(LocalDate dueDate) {
        if (dueDate.isBefore(today())) {
            throw new InvalidRequestException("dueDate", "rule.dueDateInPast");
        }
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public ZoneId zone() {
        return ZoneId.of(plant.enterprise().timeZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** A person's name as the register keeps it, voided or not: a record names who took part after they left. */
    public Optional<String> personName(UUID personId) {
        return personId == null ? Optional.empty() : directory.personName(personId);
    }
}
