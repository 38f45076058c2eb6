package dev.tandem.audit;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections done: started on a template's latest published version (which they keep), answered, completed with the
 * one formula's score, voided with a reason; each step in the inspection's history. A start sent again under the same
 * id returns the stored inspection, to a viewer who may read it.
 */
@Service
@Transactional
@NamedInterface("inspections")
public class InspectionWork {

    private final Inspections inspections;
    private final AuditedRecords<Inspection> records;
    private final Checklists checklists;
    private final InspectionPlaces places;
    private final History history;
    private final Clock clock;

    InspectionWork(
            Inspections inspections, History history, Checklists checklists, InspectionPlaces places, Clock clock) {
        this.inspections = inspections;
        this.records = history.auditing(inspections, InspectionAccess::canRead);
        this.checklists = checklists;
        this.places = places;
        this.history = history;
        this.clock = clock;
    }

    public Created<Inspection> start(StartInspection start, Viewer viewer) {
        return start(start, null, viewer);
    }

    /**
     * Starts it on the given published version (the one a phone kept while it had no network), or on the latest when
     * none is given.
     */
    Created<Inspection> start(StartInspection start, Integer versionNumber, Viewer viewer) {
        requireStart(viewer, start.kind());
        return records.create(
                start.id(),
                (replayer, stored) -> requireStart(replayer, stored.kind()),
                id -> started(id, start, versionNumber, viewer),
                viewer);
    }

    private static void requireStart(Viewer viewer, InspectionKind kind) {
        if (!InspectionAccess.canStart(viewer, kind)) {
            throw new AccessDeniedException("starting inspections");
        }
    }

    private Inspection started(UUID id, StartInspection start, Integer versionNumber, Viewer viewer) {
        var template = checklists.template(start.templateId(), viewer);
        var number = versionNumber == null ? template.publishedVersion() : versionNumber;
        if (template.isVoided()
                || template.publishedVersion() == 0
                || number < 1
                || number > template.publishedVersion()) {
            throw new InvalidRequestException("templateId", "rule.audit.notPublished");
        }
        var version = checklists.version(template.id(), number, viewer);
        var organisation = places.checkedOrganisation(start.siteId(), start.areaId(), start.organisationId(), viewer);
        if (start.kind() == InspectionKind.CONTRACTOR_AUDIT && organisation == null) {
            throw new InvalidRequestException("organisationId", "rule.audit.auditWhom");
        }
        var today = places.today(start.siteId(), clock);
        if (start.conductedOn() != null && start.conductedOn().isAfter(today)) {
            throw new InvalidRequestException("conductedOn", "rule.audit.futureDay");
        }
        var invited =
                start.kind() == InspectionKind.JOINT ? places.invited(start.invitedPersonId(), start.areaId()) : null;
        var place = new InspectionPlace(
                start.siteId(),
                start.areaId(),
                organisation,
                places.starter(viewer),
                start.conductedOn() != null ? start.conductedOn() : today,
                start.conductedBy() == null || start.conductedBy().isBlank()
                        ? viewer.displayName()
                        : start.conductedBy().strip(),
                start.kind(),
                invited);
        return Inspection.started(id, version, place, Instant.now(clock));
    }

    @Transactional(readOnly = true)
    public Inspection inspection(UUID id, Viewer viewer) {
        return inspections
                .findById(id)
                .filter(inspection -> InspectionAccess.canRead(viewer, inspection))
                .orElseThrow(() -> new NotFoundException("Inspection", id));
    }

    /** An inspection whoever asks, for a link whose token stands in for signing in. */
    @Transactional(readOnly = true)
    Inspection storedInspection(UUID id) {
        return inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection", id));
    }

    /** The version of its checklist the inspection asks, as it was published. */
    @Transactional(readOnly = true)
    public TemplateVersion checklist(Inspection inspection) {
        return checklists.publishedVersion(inspection.templateId(), inspection.templateVersion());
    }

    /** Takes answers and notes by question name, all or none; an empty one clears it. */
    public Inspection answer(UUID id, Precondition precondition, AnswerInspection answers, Viewer viewer) {
        var inspection = conductable(id, viewer);
        var version = checklist(inspection);
        return records.change(
                inspection,
                precondition,
                changed -> {
                    changed.answer(version, answers.answers(), answers.notes(), viewer.displayName());
                    changed.conductedOn(places.today(changed.siteId(), clock));
                },
                viewer);
    }

    /** Completes it with its score, or refuses naming the question that still lacks what it requires. */
    public Inspection complete(UUID id, Precondition precondition, Viewer viewer) {
        var inspection = conductable(id, viewer);
        var version = checklist(inspection);
        return records.change(
                inspection,
                precondition,
                changed -> changed.complete(version, viewer.userId(), Instant.now(clock)),
                viewer);
    }

    public Inspection voidInspection(UUID id, String reason, Viewer viewer) {
        var inspection = inspection(id, viewer);
        if (!viewer.hasOwnerRole(dev.tandem.shared.Role.HSE_SPECIALIST)) {
            throw new AccessDeniedException("voiding inspections");
        }
        return records.voidRecord(inspection, reason, viewer);
    }

    /** Today on the inspection's site: where a finding's due date is counted from. */
    public java.time.LocalDate today(Inspection inspection) {
        return places.today(inspection.siteId(), clock);
    }

    /** An inspection the viewer reads and may do. */
    Inspection conductable(UUID id, Viewer viewer) {
        var inspection = inspection(id, viewer);
        if (!InspectionAccess.canConduct(viewer, inspection)) {
            throw new AccessDeniedException("doing this inspection");
        }
        return inspection;
    }

    /** The inspection's history, to a viewer who reads it. */
    @Transactional(readOnly = true)
    public java.util.List<dev.tandem.history.HistoryEntry> history(UUID id, Viewer viewer) {
        return history.of(inspection(id, viewer));
    }

    /** Records a change the module made to the inspection (a photo, a finding) in its history. */
    Inspection change(Inspection inspection, java.util.function.Consumer<Inspection> change, Viewer viewer) {
        return records.change(inspection, Precondition.none(), change, viewer);
    }

    /** @param answers by question name; @param notes by question name */
    @NamedInterface("inspections")
    public record AnswerInspection(Map<String, String> answers, Map<String, String> notes) {

        public AnswerInspection {
            answers = answers == null ? Map.of() : answers;
            notes = notes == null ? Map.of() : notes;
        }
    }
}
