package dev.tandem.investigation.triggers;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triggers of investigations as data: the owner company's managers, safety department, directors and
 * administrators read them; only the safety department edits them, each change in the rule's history.
 */
@Service
@Transactional
public class TriggerRules {

    private final InvestigationTriggers triggers;
    private final AuditedRecords<InvestigationTrigger> records;
    private final History history;

    TriggerRules(InvestigationTriggers triggers, History history) {
        this.triggers = triggers;
        this.records = history.auditing(triggers, (viewer, trigger) -> canRead(viewer));
        this.history = history;
    }

    public static boolean canRead(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN);
    }

    public static boolean canEdit(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** Every rule in the order of its code. */
    @Transactional(readOnly = true)
    public List<InvestigationTrigger> all(Viewer viewer) {
        viewer.requireOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN);
        return triggers.findAll().stream()
                .sorted(Comparator.comparing(InvestigationTrigger::code))
                .toList();
    }

    /** One rule as it stands, for deciding whether a record asks for an investigation. */
    @Transactional(readOnly = true)
    public InvestigationTrigger rule(TriggerCode code) {
        return triggers.findByCode(code).orElseThrow(() -> new NotFoundException("InvestigationTrigger", code));
    }

    @Transactional(readOnly = true)
    public InvestigationTrigger trigger(TriggerCode code, Viewer viewer) {
        viewer.requireOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN);
        return rule(code);
    }

    public InvestigationTrigger define(
            TriggerCode code, Precondition precondition, DefineTrigger definition, Viewer viewer) {
        viewer.requireOwnerRole(HSE_SPECIALIST);
        return records.change(rule(code), precondition, trigger -> trigger.define(definition), viewer);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(TriggerCode code, Viewer viewer) {
        return history.of(trigger(code, viewer));
    }
}
