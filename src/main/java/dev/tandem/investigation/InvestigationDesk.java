package dev.tandem.investigation;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.store.Investigations;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.StoredFiles.StoredFile;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening investigations and keeping them: opened by hand from records the opener may read, or taken up from the
 * queue; their team and plan; the facts of their timeline with evidence; declined when only suggested; voided with a
 * reason. Every change is in the investigation's history.
 */
@Service
@Transactional
public class InvestigationDesk {

    private final Investigations investigations;
    private final AuditedRecords<Investigation> records;
    private final History history;
    private final InvestigatedRecords subjects;
    private final InvestigationPlant plant;
    private final InvestigationEvidence evidence;

    InvestigationDesk(
            Investigations investigations,
            History history,
            InvestigatedRecords subjects,
            InvestigationPlant plant,
            InvestigationEvidence evidence) {
        this.investigations = investigations;
        this.records = history.auditing(investigations, InvestigationAccess::canRead);
        this.history = history;
        this.subjects = subjects;
        this.plant = plant;
        this.evidence = evidence;
    }

    /**
     * Opens an investigation of records the viewer may read; an id stored already returns that investigation (to a
     * viewer who may read it) and writes nothing. A record the viewer may not read refuses the whole of it.
     */
    public Created<Investigation> open(OpenInvestigation command, Viewer viewer) {
        if (!InvestigationAccess.canOpen(viewer)) {
            throw new AccessDeniedException("opening investigations");
        }
        return records.create(
                command.id(),
                CreateRule.checkedBefore(),
                id -> {
                    var read = subjects.readable(command.records(), viewer);
                    var scope = subjects.scope(read);
                    var team = plant.team(command.plan(), scope.contractorId());
                    return Investigation.opened(id, command.records(), scope, team, plant.now());
                },
                viewer);
    }

    /**
     * Puts an investigation of the records (read by Tandem itself; those no longer stored are left out) in the queue,
     * due in the trigger's days; nothing when none of them is stored any more.
     */
    void queue(List<InvestigatedRecord> investigated, TriggerCode trigger, boolean required, int dueDays) {
        var read = investigated.stream()
                .flatMap(record -> subjects.find(record, Viewer.system()).stream())
                .toList();
        if (read.isEmpty()) {
            return;
        }
        records.createNew(
                id -> Investigation.queued(
                        id,
                        read.stream().map(RecordSummary::record).toList(),
                        subjects.scope(read),
                        titleOf(read.get(0)),
                        trigger,
                        required,
                        plant.today().plusDays(dueDays),
                        plant.now()),
                Viewer.system());
    }

    /** A machine's code and name with what its latest downtime's note says; an event's description. */
    private static String titleOf(RecordSummary record) {
        var text = record.equipmentCode() != null ? record.equipmentCode() : record.summary();
        if (record.equipmentCode() != null
                && record.summary() != null
                && !record.summary().isBlank()) {
            text = text + ": " + record.summary();
        }
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }

    /** An investigation the viewer may read. */
    @Transactional(readOnly = true)
    public Investigation investigation(UUID id, Viewer viewer) {
        return findInvestigation(id, viewer).orElseThrow(() -> new NotFoundException("Investigation", id));
    }

    /** An investigation the viewer may read, if there is one, for a caller in a transaction of its own. */
    @Transactional(readOnly = true)
    public Optional<Investigation> findInvestigation(UUID id, Viewer viewer) {
        return investigations.findById(id).filter(investigation -> InvestigationAccess.canRead(viewer, investigation));
    }

    /** Whether it is still to be done and past its due date on the enterprise's clock today. */
    public boolean overdueToday(Investigation investigation) {
        return investigation.overdueOn(plant.today());
    }

    /** Whether the viewer may read it, for deciding on somebody's behalf who is not looking (whom to tell). */
    public boolean canRead(Viewer viewer, Investigation investigation) {
        return InvestigationAccess.canRead(viewer, investigation);
    }

    /** A queued investigation taken up: its leader, team and due date named, it is OPEN. */
    public Investigation takeUp(UUID id, Precondition precondition, PlanInvestigation plan, Viewer viewer) {
        var investigation = investigation(id, viewer);
        if (!InvestigationAccess.canOpen(viewer)) {
            throw new AccessDeniedException("taking up investigations");
        }
        var team = plant.team(plan, investigation.contractorId());
        return records.change(investigation, precondition, changed -> changed.open(team, plant.now()), viewer);
    }

    /** The title, team and due date changed by the safety department or the leader. */
    public Investigation plan(UUID id, Precondition precondition, PlanInvestigation plan, Viewer viewer) {
        var investigation = investigation(id, viewer);
        if (!InvestigationAccess.canPlan(viewer, investigation)) {
            throw new AccessDeniedException("planning this investigation");
        }
        var team = plant.team(plan, investigation.contractorId());
        return records.change(investigation, precondition, changed -> changed.revise(team), viewer);
    }

    /** A suggested investigation nobody will take up, with the reason. */
    public Investigation decline(UUID id, Precondition precondition, String reason, Viewer viewer) {
        return step(id, precondition, viewer, InvestigationAccess.canOpen(viewer), changed -> changed.decline(reason));
    }

    /**
     * A fact added to the timeline with its evidence files, all or nothing: a file refused leaves neither the fact nor
     * any file stored.
     */
    public Fact addFact(UUID id, Precondition precondition, AddFact fact, List<byte[]> files, Viewer viewer) {
        var investigation = investigation(id, viewer);
        if (!InvestigationAccess.canContribute(viewer, investigation)) {
            throw new AccessDeniedException("adding facts to this investigation");
        }
        if (fact.happenedAt() != null && fact.happenedAt().isAfter(plant.now())) {
            throw new InvalidRequestException("happenedAt", "investigation.rule.factInFuture");
        }
        var factId = UUID.randomUUID();
        var added = new Fact[1];
        records.change(
                investigation,
                precondition,
                changed -> added[0] = changed.addFact(factId, fact.happenedAt(), fact.what(), fact.source()),
                viewer);
        for (var file : files) {
            evidence.add(factId, file, viewer.userId());
        }
        return added[0];
    }

    /** The evidence files of each of the investigation's facts; the caller has read the investigation. */
    @Transactional(readOnly = true)
    public List<UUID> evidence(UUID factId) {
        return evidence.of(factId);
    }

    @Transactional(readOnly = true)
    public StoredFile evidenceFile(UUID id, UUID factId, UUID fileId, Viewer viewer) {
        var investigation = investigation(id, viewer);
        if (investigation.facts().stream().noneMatch(fact -> fact.id().equals(factId))) {
            throw new NotFoundException("Fact", factId);
        }
        return evidence.file(factId, fileId);
    }

    /** Only the safety department voids an investigation (one opened by mistake, twice), with a reason. */
    public Investigation voidInvestigation(UUID id, String reason, Viewer viewer) {
        var investigation = investigation(id, viewer);
        if (!InvestigationAccess.canVoid(viewer)) {
            throw new AccessDeniedException("voiding investigations");
        }
        return records.voidRecord(investigation, reason, viewer);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id, Viewer viewer) {
        return history.of(investigation(id, viewer));
    }

    /** The records among those named that the viewer may read, as they stand now: for a form that opens one. */
    @Transactional(readOnly = true)
    public List<RecordSummary> summaries(List<InvestigatedRecord> named, Viewer viewer) {
        return named.stream()
                .distinct()
                .flatMap(record -> subjects.find(record, viewer).stream())
                .toList();
    }

    /** The records it looks into that the viewer may read, as they stand now. */
    @Transactional(readOnly = true)
    public List<RecordSummary> subjects(Investigation investigation, Viewer viewer) {
        return investigation.records().stream()
                .flatMap(record -> subjects.find(record, viewer).stream())
                .toList();
    }

    private Investigation step(
            UUID id, Precondition precondition, Viewer viewer, boolean allowed, Consumer<Investigation> change) {
        var investigation = investigation(id, viewer);
        if (!allowed) {
            throw new AccessDeniedException("changing this investigation");
        }
        return records.change(investigation, precondition, change, viewer);
    }
}
