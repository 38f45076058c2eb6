package dev.tandem.risk.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.risk.ControlFigures;
import dev.tandem.risk.ControlFigures.OnTimeShare;
import dev.tandem.risk.ControlQueries;
import dev.tandem.risk.ControlQueries.ControlRow;
import dev.tandem.risk.ControlRegister;
import dev.tandem.risk.ControlVerification;
import dev.tandem.risk.DefineControl;
import dev.tandem.risk.RiskControl;
import dev.tandem.risk.VerifyControl;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
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
 * The controls of a risk by the hierarchy, their verifications (critical controls only) with an optional photo, and
 * the share of critical controls verified on time per site and quarter.
 */
@RestController
@RequestMapping("/api/v1/risks")
class ControlApi {

    private final ControlRegister register;
    private final ControlQueries queries;
    private final ControlFigures figures;
    private final History history;

    ControlApi(ControlRegister register, ControlQueries queries, ControlFigures figures, History history) {
        this.register = register;
        this.queries = queries;
        this.figures = figures;
        this.history = history;
    }

    @GetMapping("/{id}/controls")
    Page<ControlRow> list(@PathVariable UUID id, Paging paging, Viewer viewer) {
        return queries.controls(id, paging, viewer);
    }

    /** Adds a control; sending the same id again returns the stored control and writes nothing. */
    @PostMapping("/{id}/controls")
    ResponseEntity<ControlView> add(@PathVariable UUID id, @Valid @RequestBody DefineControl details, Viewer viewer) {
        var created = register.add(id, details, viewer);
        var control = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create(path(control)))
                .eTag("\"" + control.version() + "\"")
                .body(ControlView.of(control));
    }

    @GetMapping("/{id}/controls/{controlId}")
    ResponseEntity<ControlView> get(@PathVariable UUID id, @PathVariable UUID controlId, Viewer viewer) {
        return tagged(register.control(id, controlId, viewer));
    }

    @PutMapping("/{id}/controls/{controlId}")
    ResponseEntity<ControlView> change(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            Precondition precondition,
            @Valid @RequestBody DefineControl details,
            Viewer viewer) {
        return tagged(register.change(id, controlId, precondition, details, viewer));
    }

    @PostMapping("/{id}/controls/{controlId}/void")
    ResponseEntity<ControlView> voidControl(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            @Valid @RequestBody VoidRequest request,
            Viewer viewer) {
        return tagged(register.voidControl(id, controlId, request.reason(), viewer));
    }

    @GetMapping("/{id}/controls/{controlId}/history")
    List<HistoryEntry> history(@PathVariable UUID id, @PathVariable UUID controlId, Viewer viewer) {
        return history.of(register.control(id, controlId, viewer));
    }

    @GetMapping("/{id}/controls/{controlId}/verifications")
    Page<ControlVerification> verifications(
            @PathVariable UUID id, @PathVariable UUID controlId, Paging paging, Viewer viewer) {
        return queries.verifications(id, controlId, paging, viewer);
    }

    /**
     * Records a verification of a critical control: a failure marks it NOT_EFFECTIVE and raises an action on its
     * owner. Sending the same id again returns the stored verification.
     */
    @PostMapping("/{id}/controls/{controlId}/verifications")
    ResponseEntity<ControlVerification> verify(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            @Valid @RequestBody VerifyControl verification,
            Viewer viewer) {
        return verified(id, controlId, verification, null, viewer);
    }

    /** The same, with a photo, as a multipart form: {@code verification} (JSON) and {@code photo}. */
    @PostMapping(path = "/{id}/controls/{controlId}/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ControlVerification> verifyWithPhoto(
            @PathVariable UUID id,
            @PathVariable UUID controlId,
            @Valid @RequestPart("verification") VerifyControl verification,
            @RequestPart(name = "photo", required = false) MultipartFile photo,
            Viewer viewer)
            throws IOException {
        return verified(id, controlId, verification, photo == null ? null : photo.getBytes(), viewer);
    }

    @GetMapping("/{id}/controls/{controlId}/verifications/{verificationId}/photo")
    ResponseEntity<byte[]> photo(
            @PathVariable UUID id, @PathVariable UUID controlId, @PathVariable UUID verificationId, Viewer viewer) {
        var photo = queries.photo(id, controlId, verificationId, viewer)
                .orElseThrow(() -> new NotFoundException("Photo", verificationId));
        return Pictures.response(photo.contentType(), photo.content());
    }

    /**
     * The share of critical controls verified on time per site, for a quarter (the current one when left out): each
     * due verification that fell in the quarter counts, met if done by its due date (see the figure's definition).
     */
    @GetMapping("/critical-controls/on-time")
    List<OnTimeShare> onTime(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            Viewer viewer) {
        var today = queries.today();
        return figures.onTime(
                year == null ? today.getYear() : year, quarter == null ? ControlFigures.quarterOf(today) : quarter);
    }

    private ResponseEntity<ControlVerification> verified(
            UUID id, UUID controlId, VerifyControl verification, byte[] photo, Viewer viewer) {
        var created = register.verify(id, controlId, verification, photo, viewer);
        var made = created.record();
        return IdempotentCreates.answer(
                        created.isNew(),
                        URI.create("/api/v1/risks/" + id + "/controls/" + controlId + "/verifications/" + made.id()))
                .body(made);
    }

    private static String path(RiskControl control) {
        return "/api/v1/risks/" + control.riskId() + "/controls/" + control.id();
    }

    private static ResponseEntity<ControlView> tagged(RiskControl control) {
        return Versions.tagged(control.version(), ControlView.of(control));
    }
}
