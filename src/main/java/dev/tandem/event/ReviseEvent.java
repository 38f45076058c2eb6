package dev.tandem.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reviewer's account of an event: everything the field report left out.
 *
 * @param organisationId the organisation whose work the event concerns
 * @param deliberate only for violations, and only the safety department decides it
 */
public record ReviseEvent(
        @NotNull EventType type,
        @NotNull Instant occurredAt,
        @NotNull UUID siteId,
        UUID areaId,
        @NotNull UUID organisationId,
        List<UUID> involvedOrganisationIds,
        @NotBlank @Size(max = 4000) String description,
        boolean sifPotential,
        boolean deliberate,
        UUID violatorPersonId,
        @Size(max = 4000) String reviewNote,
        @Valid @Size(max = 50) List<InjuredPerson> injuries) {

    public ReviseEvent {
        involvedOrganisationIds = involvedOrganisationIds == null ? List.of() : List.copyOf(involvedOrganisationIds);
        injuries = injuries == null ? List.of() : List.copyOf(injuries);
    }

    /** The injured people named; a form shows a blank row for one more, and left blank it is no one. */
    List<InjuredPerson> injuredNamed() {
        return injuries.stream().filter(person -> !person.isBlank()).toList();
    }

    public static ReviseEvent of(SafetyEvent event) {
        return new ReviseEvent(
                event.type(),
                event.occurredAt(),
                event.siteId(),
                event.areaId(),
                event.organisationId(),
                event.involvedOrganisationIds(),
                event.description(),
                event.sifPotential(),
                event.deliberate(),
                event.violatorPersonId(),
                event.reviewNote(),
                event.injuries().stream()
                        .map(i -> new InjuredPerson(
                                i.personId(),
                                i.personName(),
                                i.organisationId(),
                                i.injuryClass(),
                                i.bodyPart(),
                                i.nature(),
                                i.daysAway(),
                                i.daysRestricted()))
                        .toList());
    }
}
