package dev.tandem.contractor.prequalification;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractor types and the documents each requires: the safety department keeps them; everyone who reads
 * contractors reads them, so a contractor knows what is asked of it and why.
 */
@Service
@Transactional
public class PolicyRegister {

    private final DocumentPolicies policies;
    private final AuditedRecords<DocumentPolicy> records;
    private final PlantDay day;

    PolicyRegister(DocumentPolicies policies, History history, PlantDay day) {
        this.policies = policies;
        this.records = history.auditing(policies, (viewer, policy) -> ContractorAccess.readsContractors(viewer));
        this.day = day;
    }

    @Transactional(readOnly = true)
    public List<DocumentPolicy> policies(Viewer viewer) {
        requireReader(viewer);
        var all = new java.util.ArrayList<DocumentPolicy>();
        policies.findAll().forEach(all::add);
        return all.stream()
                .filter(policy -> !policy.isVoided())
                .sorted(Comparator.comparing(DocumentPolicy::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public DocumentPolicy policy(UUID id, Viewer viewer) {
        requireReader(viewer);
        return policies.findById(id).orElseThrow(() -> new NotFoundException("DocumentPolicy", id));
    }

    /** A policy for the prequalification of one contractor: whoever reads that contractor reads its type. */
    @Transactional(readOnly = true)
    public java.util.Optional<DocumentPolicy> findPolicy(UUID id) {
        return policies.findById(id);
    }

    /** Defines a contractor type; a repeated request with the same id returns the stored one. */
    public Created<DocumentPolicy> define(UUID id, DefinePolicy command, Viewer viewer) {
        ContractorAccess.requireDecide(viewer);
        return records.create(
                id, CreateRule.checkedBefore(), newId -> DocumentPolicy.of(newId, command, day.today()), viewer);
    }

    public DocumentPolicy revise(UUID id, Precondition precondition, DefinePolicy command, Viewer viewer) {
        ContractorAccess.requireDecide(viewer);
        return records.change(policy(id, viewer), precondition, policy -> policy.apply(command, day.today()), viewer);
    }

    public DocumentPolicy voidPolicy(UUID id, String reason, Viewer viewer) {
        ContractorAccess.requireDecide(viewer);
        return records.voidRecord(policy(id, viewer), reason, viewer);
    }

    private static void requireReader(Viewer viewer) {
        if (!ContractorAccess.readsContractors(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("reading contractor types");
        }
    }
}
