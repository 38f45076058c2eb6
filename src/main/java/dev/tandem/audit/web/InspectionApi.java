package dev.tandem.audit.web;

import dev.tandem.audit.Finding;
import dev.tandem.audit.Inspection;
import dev.tandem.audit.InspectionAnswer;
import dev.tandem.audit.InspectionFindings;
import dev.tandem.audit.InspectionKind;
import dev.tandem.audit.InspectionPhotos;
import dev.tandem.audit.InspectionQueries;
import dev.tandem.audit.InspectionQueries.AuditScore;
import dev.tandem.audit.InspectionQueries.InspectionFilter;
import dev.tandem.audit.InspectionQueries.InspectionRow;
import dev.tandem.audit.InspectionQueries.JointCount;
import dev.tandem.audit.InspectionSignatures;
import dev.tandem.audit.InspectionStatus;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.InspectionWork.AnswerInspection;
import dev.tandem.audit.RaiseFinding;
import dev.tandem.audit.StartInspection;
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
 * score or refused naming the question that lacks what it requires. A contractor's supervisor starts joint ones
 * ({@code kind} JOINT) with the area's line manager invited, both signing; the safety department audits contractors
 * ({@code kind} CONTRACTOR_AUDIT), their scores kept per contractor and month.
 */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApi {

    private final InspectionWork work;
    private final InspectionFindings findings;
    private final InspectionPhotos photos;
    private final InspectionSignatures signatures;
    private final InspectionQueries queries;

    InspectionApi(
            InspectionWork work,
            InspectionFindings findings,
            InspectionPhotos photos,
            InspectionSignatures signatures,
            InspectionQueries queries) {
        this.work = work;
        this.findings = findings;
        this.photos = photos;
        this.signatures = signatures;
        this.queries = queries;
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
    ResponseEntity<Finding> raiseFinding(@PathVariable UUID id, @Valid @RequestBody RaiseFinding raise, Viewer viewer) {
        var finding = findings.raise(id, raise, viewer);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + finding.actionId()))
                .body(finding);
    }

    /** A joint inspection's signature on the viewer's side, drawn on a phone: a PNG, JPEG or WebP picture. */
    @PostMapping(path = "/{id}/signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<InspectionView> sign(
            @PathVariable UUID id,
            @RequestPart(name = "signature", required = false) MultipartFile signature,
            Viewer viewer) {
        var content = Pictures.uploaded(signature, "signature");
        if (content == null) {
            throw new InvalidRequestException("signature", "rule.audit.signatureMissing");
        }
        return tagged(signatures.sign(id, content, viewer));
    }

    @GetMapping("/{id}/signatures/{signatureId}")
    ResponseEntity<byte[]> signature(@PathVariable UUID id, @PathVariable UUID signatureId, Viewer viewer) {
        return signatures
                .signature(id, signatureId, viewer)
                .map(file -> Pictures.response(file.contentType(), file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The joint inspections each contractor started in the period, by the day conducted, for its rating. */
    @GetMapping("/joint-counts")
    List<JointCount> jointCounts(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Viewer viewer) {
        return queries.jointCounts(from, to, viewer);
    }

    /** Contractors' audit scores per month, each by the one formula over the month's audits together. */
    @GetMapping("/contractor-scores")
    List<AuditScore> contractorScores(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Viewer viewer) {
        return queries.contractorScores(from, to, viewer);
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
        return work.history(id, viewer);
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
            InspectionKind kind,
            UUID invitedPersonId,
            String contractorSignedBy,
            Instant contractorSignedAt,
            String ownerSignedBy,
            Instant ownerSignedAt,
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
                    inspection.kind(),
                    inspection.invitedPersonId(),
                    inspection.signatures().contractorSignedBy(),
                    inspection.signatures().contractorSignedAt(),
                    inspection.signatures().ownerSignedBy(),
                    inspection.signatures().ownerSignedAt(),
                    inspection.slot().scheduleId(),
                    inspection.slot().dueAt(),
                    inspection.slot().assignedRole(),
                    inspection.slot().assignedPersonId(),
                    inspection.score().points(),
                    inspection.score().possible(),
                    inspection.score().percentage(),
                    inspection.completedAt(),
                    inspection.answers(),
                    inspection.findings(),
                    inspection.isVoided());
        }
    }
}
