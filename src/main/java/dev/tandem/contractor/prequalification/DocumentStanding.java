package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorDocument;
import dev.tandem.contractor.DocumentStatus;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a contractor stands with the documents its type requires, judged on the plant's day: only approved, current
 * documents count. An expired or missing required document blocks new engagements, as does one that will not stay
 * valid for the days its policy asks to be left when work starts.
 */
@Service
@Transactional(readOnly = true)
public class DocumentStanding {

    private final ContractorRegister contractors;
    private final ContractorDocuments documents;
    private final PolicyRegister policies;
    private final PlantDay day;

    DocumentStanding(
            ContractorRegister contractors, ContractorDocuments documents, PolicyRegister policies, PlantDay day) {
        this.contractors = contractors;
        this.documents = documents;
        this.policies = policies;
        this.day = day;
    }

    /** How a required document stands. */
    public enum Standing {
        VALID,
        /** Valid, but within the days before its expiry that its policy warns of. */
        EXPIRING,
        EXPIRED,
        /** Never approved. */
        MISSING;

        public boolean valid() {
            return this == VALID || this == EXPIRING;
        }
    }

    /**
     * A required document and the contractor's approved one that lasts longest.
     *
     * @param pending whether a submitted one waits for the safety department
     * @param daysLeft days until the current one expires (negative once it has), null when there is none
     */
    public record RequiredState(
            RequiredDocument required, ContractorDocument current, boolean pending, Standing standing, Long daysLeft) {}

    /**
     * A required document that stops work: what it is, how it stands and, for one that is valid but not long enough,
     * the day it would have to be valid until.
     */
    public record Blocker(String code, String name, Standing standing, LocalDate validUntil, LocalDate neededUntil) {}

    /** Each document the contractor's type requires, with how it stands today. */
    public List<RequiredState> of(UUID organisationId, Viewer viewer) {
        contractors.contractor(organisationId, viewer);
        return states(organisationId, day.today());
    }

    /**
     * What stops a new engagement of the contractor starting on {@code start}: a required document that is not
     * approved, has expired, or will not be valid for its policy's minimum days after the start.
     */
    public List<Blocker> blockersOfNewWork(UUID organisationId, LocalDate start) {
        var today = day.today();
        var from = start.isBefore(today) ? today : start;
        return states(organisationId, today).stream()
                .filter(state -> !state.standing().valid()
                        || state.current()
                                .validUntil()
                                .isBefore(from.plusDays(state.required().minValidityDays())))
                .map(state -> blocker(state, from.plusDays(state.required().minValidityDays())))
                .toList();
    }

    /**
     * What stops running work that started on {@code startedOn}: a required document that binds it and is not valid
     * today (a requirement added since binds it only when its policy applies it to running contracts).
     */
    public List<Blocker> blockersOfRunningWork(UUID organisationId, LocalDate startedOn) {
        return states(organisationId, day.today()).stream()
                .filter(state ->
                        state.required().binds(startedOn) && !state.standing().valid())
                .map(state -> blocker(state, null))
                .toList();
    }

    private static Blocker blocker(RequiredState state, LocalDate neededUntil) {
        return new Blocker(
                state.required().code(),
                state.required().name(),
                state.standing(),
                state.current() == null ? null : state.current().validUntil(),
                neededUntil);
    }

    private List<RequiredState> states(UUID organisationId, LocalDate today) {
        var policy = contractors
                .storedPrequalification(organisationId)
                .map(Prequalification::policyId)
                .flatMap(policies::findPolicy);
        if (policy.isEmpty()) {
            return List.of();
        }
        var held = documents.findByOrganisation(organisationId).stream()
                .filter(document -> !document.isVoided())
                .toList();
        return policy.get().documents().stream()
                .map(required -> {
                    var ofKind = held.stream()
                            .filter(document -> document.code().equals(required.code()))
                            .toList();
                    var current = ofKind.stream()
                            .filter(document -> document.status() == DocumentStatus.APPROVED)
                            .max(Comparator.comparing(ContractorDocument::validUntil));
                    var pending = ofKind.stream().anyMatch(document -> document.status() == DocumentStatus.SUBMITTED);
                    return state(required, current, pending, today);
                })
                .toList();
    }

    private static RequiredState state(
            RequiredDocument required, Optional<ContractorDocument> current, boolean pending, LocalDate today) {
        if (current.isEmpty()) {
            return new RequiredState(required, null, pending, Standing.MISSING, null);
        }
        var daysLeft = ChronoUnit.DAYS.between(today, current.get().validUntil());
        var standing =
                daysLeft < 0 ? Standing.EXPIRED : daysLeft <= required.warnDays() ? Standing.EXPIRING : Standing.VALID;
        return new RequiredState(required, current.get(), pending, standing, daysLeft);
    }
}
