package dev.tandem.contractor.web;

import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.SubmitDocument;
import dev.tandem.contractor.prequalification.AnswerQuestionnaire;
import dev.tandem.contractor.prequalification.ContractorQueries;
import dev.tandem.contractor.prequalification.ContractorQueries.ContractorFilter;
import dev.tandem.contractor.prequalification.ContractorQueries.ContractorRow;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.DocumentStanding;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.contractor.prequalification.QuestionnaireRates;
import dev.tandem.contractor.web.ContractorViews.ContractorView;
import dev.tandem.contractor.web.ContractorViews.DocumentView;
import dev.tandem.contractor.web.ContractorViews.QuestionnaireView;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
 * Contractors' files: the owner's managers and safety department read every contractor's, a contractor's supervisor
 * their own; the safety department moves a contractor along its lifecycle, gives it a type and approves or returns
 * its documents and questionnaire.
 */
@RestController
@RequestMapping("/api/v1/contractors")
class ContractorApi {

    private final ContractorRegister register;
    private final ContractorQueries queries;
    private final DocumentStanding standing;
    private final DocumentFiling filing;
    private final QuestionnaireRates rates;
    private final PlantDay day;
    private final History history;

    ContractorApi(
            ContractorRegister register,
            ContractorQueries queries,
            DocumentStanding standing,
            DocumentFiling filing,
            QuestionnaireRates rates,
            PlantDay day,
            History history) {
        this.register = register;
        this.queries = queries;
        this.standing = standing;
        this.filing = filing;
        this.rates = rates;
        this.day = day;
        this.history = history;
    }

    @GetMapping
    Page<ContractorRow> list(ContractorFilter filter, Paging paging, Viewer viewer) {
        return queries.contractors(filter, paging, viewer);
    }

    @GetMapping("/{id}")
    ResponseEntity<ContractorView> get(@PathVariable UUID id, Viewer viewer) {
        var view = view(id, viewer);
        return Versions.tagged(view.version(), view);
    }

    /** Moves the contractor along its lifecycle; {@code If-Match} carries the version of the contractor read. */
    @PostMapping("/{id}/status")
    ResponseEntity<ContractorView> changeStatus(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody StatusChange change, Viewer viewer) {
        register.changeStatus(id, precondition, change.status(), change.reason(), viewer);
        return get(id, viewer);
    }

    /** The history of the contractor's status and details. */
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.contractor(id, viewer));
    }

    /** Gives the contractor a type; {@code If-Match} carries the questionnaire's version. */
    @PutMapping("/{id}/type")
    ResponseEntity<ContractorView> classify(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody Classification classification,
            Viewer viewer) {
        register.classify(id, precondition, classification.policyId(), viewer);
        return get(id, viewer);
    }

    @GetMapping("/{id}/questionnaire")
    ResponseEntity<QuestionnaireView> questionnaire(@PathVariable UUID id, Viewer viewer) {
        var prequalification = register.prequalification(id, viewer);
        var view = QuestionnaireView.of(prequalification, rates.of(prequalification, viewer));
        // a questionnaire never answered is not stored yet, and has no version to send back
        return prequalification.version() == null ? ResponseEntity.ok(view) : Versions.tagged(view.version(), view);
    }

    /** Answers the safety questionnaire for the last three full years; the safety department reviews it. */
    @PutMapping("/{id}/questionnaire")
    ResponseEntity<QuestionnaireView> answer(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody AnswerQuestionnaire answers,
            Viewer viewer) {
        register.answer(id, precondition, answers, viewer);
        return questionnaire(id, viewer);
    }

    @PostMapping("/{id}/questionnaire/review")
    ResponseEntity<QuestionnaireView> reviewQuestionnaire(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody Decision review, Viewer viewer) {
        register.review(id, precondition, review.approved(), review.comment(), viewer);
        return questionnaire(id, viewer);
    }

    @GetMapping("/{id}/questionnaire/history")
    List<HistoryEntry> questionnaireHistory(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.prequalification(id, viewer));
    }

    /**
     * Files a document with its scan (a PDF or a photo), as form fields and a file; one already expired, of a kind the
     * contractor's type does not require, or without a readable scan writes nothing. Sending the same {@code id} again
     * returns the stored document.
     */
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> submit(
            @PathVariable UUID id,
            @RequestParam(name = "documentId", required = false) UUID documentId,
            @Valid @ModelAttribute SubmitDocument document,
            @RequestPart("file") MultipartFile file,
            Viewer viewer)
            throws IOException {
        var created = filing.submit(documentId, id, document, file.getBytes(), viewer);
        var stored = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/contractor-documents/" + stored.id()))
                .eTag("\"" + stored.version() + "\"")
                .body(DocumentView.of(stored, filing.scansOf(stored.id())));
    }

    private ContractorView view(UUID id, Viewer viewer) {
        var organisation = register.contractor(id, viewer);
        return ContractorView.of(
                organisation,
                register.prequalification(id, viewer),
                standing.of(id, viewer),
                standing.blockersOfNewWork(id, day.today()));
    }
}
