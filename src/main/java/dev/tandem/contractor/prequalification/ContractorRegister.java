package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.History;
import dev.tandem.organisation.Organisation;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contractor's file: its place in the lifecycle (the organisation's status, each change with its reason), its type
 * and its safety questionnaire. The safety department decides; the contractor's supervisor answers the questionnaire.
 */
@Service
@Transactional
public class ContractorRegister {

    private final OrganisationRegister organisations;
    private final Prequalifications prequalifications;
    private final AuditedRecords<Prequalification> records;
    private final PolicyRegister policies;
    private final PlantDay day;
    private final Clock clock;

    ContractorRegister(
            OrganisationRegister organisations,
            Prequalifications prequalifications,
            History history,
            PolicyRegister policies,
            PlantDay day,
            Clock clock) {
        this.organisations = organisations;
        this.prequalifications = prequalifications;
        this.records =
                history.auditing(prequalifications, (viewer, record) -> ContractorAccess.canRead(viewer, record.id()));
        this.policies = policies;
        this.day = day;
        this.clock = clock;
    }

    /** The contractor organisation, if the viewer reads contractors' files and this one. */
    @Transactional(readOnly = true)
    public Organisation contractor(UUID id, Viewer viewer) {
        ContractorAccess.requireRead(viewer, id);
        var organisation = organisations.organisation(id, viewer);
        if (!organisation.isContractor()) {
            throw new NotFoundException("Contractor", id);
        }
        return organisation;
    }

    /** Its prequalification, a blank one (not stored) until anything of it is entered. */
    @Transactional(readOnly = true)
    public Prequalification prequalification(UUID id, Viewer viewer) {
        contractor(id, viewer);
        return prequalifications.findById(id).orElseGet(() -> Prequalification.of(id));
    }

    /** The stored prequalification, read on the module's own behalf. */
    @Transactional(readOnly = true)
    java.util.Optional<Prequalification> storedPrequalification(UUID id) {
        return prequalifications.findById(id);
    }

    /** Moves the contractor along its lifecycle with the reason; the organisation's history keeps both. */
    public Organisation changeStatus(
            UUID id, Precondition precondition, OrganisationStatus next, String reason, Viewer viewer) {
        contractor(id, viewer);
        ContractorAccess.requireDecide(viewer);
        return organisations.changeStatus(id, precondition, next, reason, viewer);
    }

    /** Gives the contractor a type, whose policy says which documents it must hold. */
    public Prequalification classify(UUID id, Precondition precondition, UUID policyId, Viewer viewer) {
        contractor(id, viewer);
        ContractorAccess.requireDecide(viewer);
        if (policyId == null
                || policies.findPolicy(policyId).filter(p -> !p.isVoided()).isEmpty()) {
            throw new InvalidRequestException("policyId", "contractor.rule.noSuchPolicy");
        }
        return records.change(stored(id, viewer), precondition, record -> record.classify(policyId), viewer);
    }

    /** Answers the safety questionnaire; the safety department reviews the answers. */
    public Prequalification answer(UUID id, Precondition precondition, AnswerQuestionnaire answers, Viewer viewer) {
        contractor(id, viewer);
        ContractorAccess.requireSubmit(viewer, id);
        return records.change(
                stored(id, viewer),
                precondition,
                record -> record.answer(answers, day.today().getYear()),
                viewer);
    }

    /** The safety department approves the answers, or returns them with what to change. */
    public Prequalification review(
            UUID id, Precondition precondition, boolean approved, String comment, Viewer viewer) {
        contractor(id, viewer);
        ContractorAccess.requireDecide(viewer);
        return records.change(
                stored(id, viewer),
                precondition,
                record -> record.review(approved, comment, viewer.personId(), Instant.now(clock)),
                viewer);
    }

    private Prequalification stored(UUID id, Viewer viewer) {
        return records.create(id, CreateRule.checkedBefore(), Prequalification::of, viewer)
                .record();
    }
}
