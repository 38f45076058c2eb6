package dev.tandem.audit.web;

import dev.tandem.audit.Finding;
import dev.tandem.audit.Inspection;
import dev.tandem.audit.InspectionAnswer;
import dev.tandem.audit.InspectionFindings;
import dev.tandem.audit.InspectionPhotos;
import dev.tandem.audit.InspectionQueries;
import dev.tandem.audit.InspectionQueries.InspectionFilter;
import dev.tandem.audit.InspectionQueries.InspectionRow;
import dev.tandem.audit.InspectionStatus;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.InspectionWork.AnswerInspection;
import dev.tandem.audit.RaiseFinding;
import dev.tandem.audit.StartInspection;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inspections: started on a template's latest published version, answered (each answer checked against its question,
 * all or none), photographed, their failed items raised as findings with actions, completed with the one formula's
 * score or refused naming the question that lacks what it requires.
 */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApi {

    private final InspectionWork work;
    private final InspectionFindings findings;
    private final InspectionPhotos photos;
    private final InspectionQueries queries;
    private final History history;

    InspectionApi(
            InspectionWork work,
            InspectionFindings findings,
            InspectionPhotos photos,
            InspectionQueries queries,
            History history) {
        this.work = work;
        this.findings = findings;
        this.photos = photos;
        this.queries = queries;
        this.history = history;
    }

    /** The inspections the viewer reads, the latest first. */
    @GetMapping
    Page<InspectionRow> list(InspectionFilter filter, Paging paging, Viewer viewer) {
        return queries.inspections(filter, paging, viewer);
    }

    /** Starts an inspection; sending the same id again returns the stored one. */
    @PostMapping
    ResponseEntity<InspectionView> start(@Valid @RequestBody StartInspection start, Viewer viewer) {
        var created = work.start(start, viewer);
        var inspection = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/inspections/" + inspection.id()))
                .eTag("\"" + inspection.version() + "\"")
                .body(InspectionView.of(inspection));
    }

    @GetMapping("/{id}")
    ResponseEntity<InspectionView> inspection(@PathVariable UUID id, Viewer viewer) {
        return tagged(work.inspection(id, viewer));
    }

    /** Answers and notes by question name, all of them or none; an empty one clears it. */
    @PutMapping("/{id}/answers")
    ResponseEntity<InspectionView> answer(
            @PathVariable UUID id, Precondition precondition, @RequestBody AnswerInspection answers, Viewer viewer) {
        return tagged(work.answer(id, precondition, answers, viewer));
    }

    /** A photo beside a question's answer (the answer of a photo question). */
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<InspectionView> addPhoto(
            @PathVariable UUID id,
            @RequestParam(required = false) String question,
            @RequestPart(name = "photo", required = false) MultipartFile photo,
            Viewer viewer) {
        var content = Pictures.uploaded(photo, "photo");
        if (content == null) {
            throw new InvalidRequestException("photo", "rule.audit.photoMissing");
        }
        if (question == null || question.isBlank()) {
            throw new InvalidRequestException("question", "rule.audit.noSuchQuestion", "");
        }
        return tagged(photos.add(id, question, content, viewer));
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, Viewer viewer) {
        return photos.photo(id, photoId, viewer)
                .map(file -> Pictures.response(file.contentType(), file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A failed item with the action that puts it right, raised at once; one per question. */
    @PostMapping("/{id}/findings")
    ResponseEntity<Finding> raiseFinding(
            @PathVariable UUID id, @Valid @RequestBody RaiseFinding raise, Viewer viewer) {
        var finding = findings.raise(id, raise, viewer);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + finding.actionId())).body(finding);
    }

    /** Completes it with its score; 400 naming the first question that lacks an answer, note, photo or action. */
    @PostMapping("/{id}/complete")
    ResponseEntity<InspectionView> complete(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(work.complete(id, precondition, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<InspectionView> voidInspection(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(work.voidInspection(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(work.inspection(id, viewer));
    }

    private static ResponseEntity<InspectionView> tagged(Inspection inspection) {
        return Versions.tagged(inspection.version(), InspectionView.of(inspection));
    }

    record InspectionView(
            UUID id,
            UUID templateId,
            int templateVersion,
            String title,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            UUID startedByOrganisationId,
            LocalDate conductedOn,
            String conductedBy,
            InspectionStatus status,
            UUID scheduleId,
            Instant dueAt,
            String assignedRole,
            UUID assignedPersonId,
            BigDecimal points,
            BigDecimal possible,
            BigDecimal percentage,
            Instant completedAt,
            List<InspectionAnswer> answers,
            List<Finding> findings,
            boolean voided) {

        static InspectionView of(Inspection inspection) {
            return new InspectionView(
                    inspection.id(),
                    inspection.templateId(),
                    inspection.templateVersion(),
                    inspection.title(),
                    inspection.siteId(),
                    inspection.areaId(),
                    inspection.organisationId(),
                    inspection.startedByOrganisationId(),
                    inspection.conductedOn(),
                    inspection.conductedBy(),
                    inspection.status(),
                    inspection.scheduleId(),
                    inspection.dueAt(),
                    inspection.assignedRole(),
                    inspection.assignedPersonId(),
                    inspection.points(),
                    inspection.possible(),
                    inspection.percentage(),
                    inspection.completedAt(),
                    inspection.answers(),
                    inspection.findings(),
                    inspection.isVoided());
        }
    }
}
