package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorDocument;
import dev.tandem.contractor.DocumentStatus;
import dev.tandem.contractor.prequalification.DocumentPolicy;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.contractor.prequalification.DocumentStanding.Blocker;
import dev.tandem.contractor.prequalification.DocumentStanding.RequiredState;
import dev.tandem.contractor.prequalification.Prequalification;
import dev.tandem.contractor.prequalification.QuestionnaireRates.Figures;
import dev.tandem.contractor.prequalification.QuestionnaireRates.YearRates;
import dev.tandem.contractor.prequalification.QuestionnaireStatus;
import dev.tandem.contractor.prequalification.RequiredDocument;
import dev.tandem.history.Voiding;
import dev.tandem.kpi.SafetyRates.Rates;
import dev.tandem.organisation.Organisation;
import dev.tandem.organisation.OrganisationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the contractor API answers. */
final class ContractorViews {

    private ContractorViews() {}

    /**
     * A contractor's file: where it stands in its lifecycle and why, its type, each required document's standing and
     * what would stop a new engagement starting today.
     */
    record ContractorView(
            UUID id,
            String name,
            OrganisationStatus status,
            String statusReason,
            Long version,
            UUID policyId,
            QuestionnaireStatus questionnaire,
            List<RequiredView> requiredDocuments,
            List<Blocker> newWorkBlockedBy) {

        static ContractorView of(
                Organisation organisation,
                Prequalification prequalification,
                List<RequiredState> required,
                List<Blocker> blockers) {
            return new ContractorView(
                    organisation.id(),
                    organisation.name(),
                    organisation.status(),
                    organisation.statusReason(),
                    organisation.version(),
                    prequalification.policyId(),
                    prequalification.questionnaireStatus(),
                    required.stream().map(RequiredView::of).toList(),
                    blockers);
        }
    }

    /**
     * A required document and how the contractor stands in it.
     *
     * @param documentId the approved document that lasts longest, null when there is none
     * @param pending whether a submitted one waits for the safety department
     */
    record RequiredView(
            RequiredDocument required,
            DocumentStanding.Standing standing,
            UUID documentId,
            LocalDate validUntil,
            Long daysLeft,
            boolean pending) {

        static RequiredView of(RequiredState state) {
            var current = state.current();
            return new RequiredView(
                    state.required(),
                    state.standing(),
                    current == null ? null : current.id(),
                    current == null ? null : current.validUntil(),
                    state.daysLeft(),
                    state.pending());
        }
    }

    record DocumentView(
            UUID id,
            UUID organisationId,
            String code,
            String title,
            String number,
            LocalDate validUntil,
            DocumentStatus status,
            String reviewComment,
            UUID reviewedBy,
            Instant reviewedAt,
            List<UUID> scans,
            Voiding voided) {

        static DocumentView of(ContractorDocument document, List<UUID> scans) {
            return new DocumentView(
                    document.id(),
                    document.organisationId(),
                    document.code(),
                    document.title(),
                    document.number(),
                    document.validUntil(),
                    document.status(),
                    document.reviewComment(),
                    document.reviewedBy(),
                    document.reviewedAt(),
                    scans,
                    document.voided().orElse(null));
        }
    }

    record PolicyView(UUID id, String name, List<RequiredDocument> documents, Voiding voided) {

        static PolicyView of(DocumentPolicy policy) {
            return new PolicyView(
                    policy.id(),
                    policy.name(),
                    policy.documents(),
                    policy.voided().orElse(null));
        }
    }

    /**
     * The questionnaire with its rates: each year's and the three years' together, made as the plant makes its own,
     * and the plant's own over the last twelve months beside them.
     */
    record QuestionnaireView(
            QuestionnaireStatus status,
            String reviewComment,
            Instant reviewedAt,
            Long version,
            List<YearRates> years,
            Rates threeYears,
            Rates plant) {

        static QuestionnaireView of(Prequalification prequalification, Figures figures) {
            return new QuestionnaireView(
                    prequalification.questionnaireStatus(),
                    prequalification.reviewComment(),
                    prequalification.reviewedAt(),
                    prequalification.version(),
                    figures.years(),
                    figures.threeYears(),
                    figures.plant());
        }
    }
}
